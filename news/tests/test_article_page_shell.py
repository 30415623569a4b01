"""The page around an article, kept per generation with holes (news/article_page/shell.py)."""

import pytest
from django.core.cache import cache

from cms.visits import STATS_CACHE_KEY
from core.testing.factories import make_user
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(site_settings):
    category = make_category(name="Tin hoạt động")
    return [
        make_article(title="Hội nghị tổng kết công tác năm 2024", category=category,
                     published_at=local_datetime(2024, 12, 20)),
        make_article(title='Tin "đặc biệt" <b>đậm</b> & \'trích\'', category=category, byline="Tin bài: Tuấn Linh",
                     published_at=local_datetime(2024, 12, 21)),
    ]


def read(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_a_filled_shell_is_the_page_rendered_normally(client, settings, articles):
    settings.PAGE_CACHE_SECONDS = 0
    cache.set(STATS_CACHE_KEY, {"online": 3, "today": 1234, "total": 56789}, 60)
    settings.FRAGMENT_CACHE_SECONDS = 0  # rendered through the templates, as staff and previews are
    normal = [read(client, article) for article in articles]
    settings.FRAGMENT_CACHE_SECONDS = 600
    read(client, articles[0])  # the shell is made on the first article's reading
    assert [read(client, article) for article in articles] == normal
    assert "56.789" in normal[1] or "56789" in normal[1]
    assert "?next=" not in normal[1]  # no public log-in link: the page is the same for every reader


def test_staff_get_their_own_header_not_the_shell(client, settings, articles):
    settings.PAGE_CACHE_SECONDS = 0
    anonymous = read(client, articles[0])
    client.force_login(make_user(is_superuser=True))
    staff = read(client, articles[0])
    assert "/admin/login/" not in anonymous and "/quan-tri/" not in anonymous
    assert "/quan-tri/" in staff or "/admin/" in staff
