"""Article pages with STORED_ARTICLE_PAGES off: the plain ORM and templates give the same page, storing nothing."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from cms.visits import STATS_CACHE_KEY
from core.testing.factories import pdf_upload
from news import workflow
from news.models import Article, RenderedArticle
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(site_settings):
    category = make_category(name="Tin hoạt động")
    older = [make_article(title=f"Hội nghị tổng kết công tác số {n}", category=category,
                          published_at=local_datetime(2024, 12, 1 + n)) for n in range(3)]
    newest = make_article(title='Hội nghị "đặc biệt" <b>tổng kết</b> công tác', category=category,
                          byline="Tin bài: Tuấn Linh", published_at=local_datetime(2024, 12, 21), view_count=1234)
    newest.attachments.create(title="Báo cáo", file=pdf_upload())
    return [*older, newest]


def read(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("fragments", [0, 600], ids=["rendered afresh", "fragments kept"])
def test_the_page_is_the_same_with_stored_pages_off(client, settings, articles, fragments):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = fragments
    cache.set(STATS_CACHE_KEY, {"online": 3, "today": 1234, "total": 56789}, 60)
    fast = [read(client, article) for article in articles]
    assert RenderedArticle.objects.count() == len(articles)
    settings.STORED_ARTICLE_PAGES = False
    cache.clear()
    cache.set(STATS_CACHE_KEY, {"online": 3, "today": 1234, "total": 56789}, 60)
    assert [read(client, article) for article in articles] == fast
    newest = fast[-1]
    assert articles[-1].attachments.get().get_absolute_url() in newest and "xem: 1234" in newest
    assert all(older.title in newest for older in articles[:3])  # "Các tin khác"


def test_nothing_is_stored_when_off(client, settings, articles, approver, django_capture_on_commit_callbacks):
    settings.STORED_ARTICLE_PAGES = False
    read(client, articles[0])
    pending = make_article(title="Tin chờ duyệt", status=Article.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        workflow.publish_article(article=pending, by=approver)
    assert callbacks  # the page would have been stored here
    assert not RenderedArticle.objects.exists()


def test_render_articles_says_so_when_off(settings, articles, capsys):
    settings.STORED_ARTICLE_PAGES = False
    call_command("render_articles")
    assert "not stored" in capsys.readouterr().out
    assert not RenderedArticle.objects.exists()


def test_a_missing_or_unpublished_article_is_404_when_off(client, settings, articles):
    settings.STORED_ARTICLE_PAGES = False
    url = articles[0].get_absolute_url()
    assert client.get(url.replace("/01/", "/02/")).status_code == 404  # another day
    Article.objects.filter(pk=articles[0].pk).update(status=Article.Status.DRAFT)
    assert client.get(url).status_code == 404
