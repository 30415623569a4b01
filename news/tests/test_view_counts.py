"""View counts (once per visitor per day, robots ignored), "Tin đọc nhiều" and "Tin liên quan"."""

import datetime

import pytest
from django.utils import timezone

from news.article_page.lookup import link_rows
from news.models import Article
from news.related import keywords
from news.tests.factories import make_article
from news.viewcounts import flush_views

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


def views_of(article):
    """Return the article's views once those still gathering in the cache are written."""
    flush_views(article.pk)
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


def test_a_visitor_counts_once_a_day(client, site_settings):
    article = make_article(title="Hội nghị cán bộ")
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    assert views_of(article) == 1
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    assert views_of(article) == 1


def test_pages_served_from_the_cache_are_counted_too(client, site_settings):
    article = make_article(title="Hội nghị cán bộ")
    first = client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    assert "Lượt xem: 0" in first.content.decode()  # counted after the page was made
    client.cookies.clear()
    second = client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9")
    assert second["X-Page-Cache"] == "hit"
    assert "X-Counted-Article" not in second
    assert views_of(article) == 2


def test_staff_previews_are_not_counted(client, editor):
    draft = make_article(status="draft")
    client.force_login(editor)
    assert client.get(draft.get_absolute_url(), HTTP_USER_AGENT=BROWSER).status_code == 200
    assert views_of(draft) == 0


def test_each_visitor_and_each_article_count(client, django_user_model, site_settings):
    first, second = make_article(), make_article()
    client.get(first.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    client.get(second.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    client.cookies.clear()
    client.get(first.get_absolute_url(), HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9")
    assert (views_of(first), views_of(second)) == (2, 1)


def test_the_next_day_counts_again(client, site_settings, monkeypatch):
    article = make_article()
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    assert views_of(article) == 2


def test_a_forged_cookie_is_ignored(client, site_settings):
    article = make_article()
    client.cookies["tin_da_xem"] = f"{timezone.localdate().isoformat()}:{article.pk}"
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    assert views_of(article) == 1


@pytest.mark.parametrize("agent", ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0",
                                   "python-requests/2.32", "Mozilla/5.0 (compatible; bingbot/2.0)"])
def test_robots_are_not_counted(client, site_settings, agent):
    article = make_article()
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=agent)
    assert views_of(article) == 0


def test_counting_is_one_atomic_update(client, site_settings, django_assert_max_num_queries):
    article = make_article()
    client.get(article.get_absolute_url(), HTTP_USER_AGENT="curl/8")  # warm caches
    with django_assert_max_num_queries(30) as captured:
        client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    updates = [q["sql"] for q in captured.captured_queries
               if q["sql"].startswith("UPDATE") and "view_count" in q["sql"]]
    assert len(updates) == 1 and '"view_count" + 1' in updates[0].replace("(", "").replace(")", "")


def test_most_read_block_lists_articles_by_views(client, site_settings):
    quiet = make_article(title="Tin ít người đọc")
    busy = make_article(title="Tin nhiều người đọc")
    Article.objects.filter(pk=busy.pk).update(view_count=50)
    Article.objects.filter(pk=quiet.pk).update(view_count=3)
    make_article(title="Nháp được xem nhiều", status=Article.Status.DRAFT, view_count=999)
    html = client.get("/").content.decode()
    block = html[html.index("Tin đọc nhiều"):]
    assert block.index("Tin nhiều người đọc") < block.index("Tin ít người đọc")
    assert "50 lượt xem" in block
    assert "Nháp được xem nhiều" not in html


def test_related_news_share_the_most_specific_title_words(client, site_settings):
    article = make_article(title="Chi đoàn tổ chức giải bóng đá chào mừng 77 năm ngành thi hành án")
    close = make_article(title="Khai mạc giải bóng đá ngành thi hành án")
    loose = make_article(title="Chi đoàn tổ chức sinh hoạt định kỳ")
    for n in range(4):
        make_article(title=f"Chi đoàn tổ chức hoạt động số {n}")
    make_article(title="Giải bóng đá nháp", status=Article.Status.DRAFT)
    words = keywords(article)
    # The rarest title words win over those every Youth Union title uses.
    assert "bong" in words
    assert "chuc" not in words
    # Stored when each article was saved: the older article learnt of its newer neighbours then.
    article.refresh_from_db()
    related = [row[0] for row in link_rows(article)[0]]
    assert related[0] == close.pk
    assert loose.pk not in related[:1]
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Tin liên quan" in html and close.title in html


def test_an_article_with_nothing_in_common_has_no_related_news(site_settings):
    article = make_article(title="Xyzabc độc nhất")
    make_article(title="Tin hoàn toàn khác")
    assert link_rows(article)[0] == []


def test_a_loop_of_cookie_less_requests_from_one_address_is_one_view(client, site_settings):
    article = make_article()
    for _ in range(50):
        client.cookies.clear()
        assert client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER).status_code == 200
    assert views_of(article) == 1


def test_a_replayed_cookie_of_yesterday_does_not_count_again(client, site_settings):
    article = make_article()
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    for _ in range(5):
        client.cookies.clear()
        client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER)
    assert views_of(article) == 1


def test_a_flood_of_readers_writes_the_count_once_per_few_seconds(client, site_settings, settings,
                                                                 django_assert_max_num_queries):
    settings.COUNTER_FLUSH_SECONDS = 5
    article = make_article()
    with django_assert_max_num_queries(600) as captured:
        for n in range(30):
            client.cookies.clear()
            client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"203.0.113.{n + 1}")
    updates = [q for q in captured.captured_queries if q["sql"].startswith("UPDATE") and "view_count" in q["sql"]]
    assert len(updates) == 1
    assert Article.objects.get(pk=article.pk).view_count == 1
    assert views_of(article) == 30


def test_a_browser_that_drops_the_cookie_is_handed_it_only_when_counted(client, site_settings):
    article = make_article()
    assert "tin_da_xem" in client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER).cookies
    client.cookies.clear()
    assert "tin_da_xem" not in client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER).cookies
    assert views_of(article) == 1
