"""RSS 2.0 feeds, parsed by feedparser as a feed reader would."""

import feedparser
import pytest
from django.urls import reverse

from news.feeds import FEED_SIZE
from news.models import Article
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def test_latest_feed_lists_the_newest_public_articles_with_their_details(client, site_settings):
    category = make_category(name="Hoạt động đoàn thể")
    for day in range(1, 23):
        make_article(title=f"Tin số {day}", category=category, published_at=local_datetime(2023, 3, day))
    newest = make_article(title="Đoàn viên <thanh niên> & cộng đồng", summary="Tóm tắt có dấu “ngoặc”.",
                          byline="Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn", category=category,
                          published_at=local_datetime(2023, 4, 3, 6, 30))
    make_article(title="Bản nháp", status=Article.Status.DRAFT)
    make_article(title="Hẹn giờ", published_at=local_datetime(2999, 1, 1))

    feed = parse(client, reverse("news:feed"))
    assert feed.feed.title == "Tin tức của Cục Thi hành án dân sự tỉnh Thanh Hóa"
    assert len(feed.entries) == FEED_SIZE
    first = feed.entries[0]
    assert first.title == "Đoàn viên <thanh niên> & cộng đồng"
    assert first.link == "http://testserver" + newest.get_absolute_url()
    assert first.summary == "Tóm tắt có dấu “ngoặc”."
    assert first.author == "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn"
    assert [tag.term for tag in first.tags] == ["Hoạt động đoàn thể"]
    # 06:30 on 3 April in Hà Nội is 23:30 on 2 April UTC.
    assert tuple(first.published_parsed[:5]) == (2023, 4, 2, 23, 30)
    titles = [entry.title for entry in feed.entries]
    assert "Bản nháp" not in titles and "Hẹn giờ" not in titles


def test_category_feed_holds_only_that_category(client, site_settings):
    notices, other = make_category(name="Thông báo"), make_category(name="Khác")
    notice = make_article(title="Thông báo lịch tiếp công dân", category=notices)
    make_article(title="Tin khác", category=other)
    feed = parse(client, reverse("news:category_feed", args=[notices.slug]))
    assert [entry.title for entry in feed.entries] == [notice.title]
    assert feed.feed.title.startswith("Thông báo – ")
    assert client.get(reverse("news:category_feed", args=["khong-co"])).status_code == 404


def test_pages_announce_the_feeds(client, site_settings):
    category = make_category(name="Thông báo")
    html = client.get(reverse("news:category", args=[category.slug])).content.decode()
    feed_url = f"/chuyen-muc/{category.slug}/rss/"
    assert f'<link rel="alternate" type="application/rss+xml" title="Thông báo" href="{feed_url}">' in html
    assert 'type="application/rss+xml"' in client.get("/").content.decode()


def test_a_summary_with_markup_reaches_feed_readers_as_text(client, site_settings):
    make_article(title="Tin có mã", summary='Ảnh <img src=x onerror="alert(1)"> & <b>đậm</b> nhé')
    entry = parse(client, reverse("news:feed")).entries[0]
    # Feed readers treat <description> as HTML: the typed text must stay text, not become an element.
    assert "<img" not in entry.summary and "<b>" not in entry.summary
    assert entry.summary == 'Ảnh &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;đậm&lt;/b&gt; nhé'
