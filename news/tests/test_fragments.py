"""Rendered fragments (cards, menus, the article) kept per content generation: never stale, never personal."""

import pytest

from news.models import Article
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on_page_cache_off(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 600


def test_an_edited_title_shows_at_once_on_every_list_and_on_the_article(client):
    category = make_category(name="Hoạt động")
    article = make_article(title="Tên cũ của tin", category=category, published_at=local_datetime(2024, 5, 6))
    pages = ["/", "/tin-tuc/", "/tin-tuc/2024/05/", "/tin-tuc/2024/05/06/", category.get_absolute_url(),
             article.get_absolute_url()]
    for url in pages:
        assert "Tên cũ của tin" in client.get(url).content.decode()
    article.title = "Tên mới của tin"
    article.save()
    for url in pages:
        html = client.get(url).content.decode()
        assert "Tên mới của tin" in html and "Tên cũ của tin" not in html, url


def test_a_renamed_category_shows_on_the_cards_and_in_the_menu(client):
    category = make_category(name="Tên mục cũ")
    make_article(category=category)
    assert "Tên mục cũ" in client.get("/tin-tuc/").content.decode()
    category.name = "Tên mục mới"
    category.save()
    html = client.get("/tin-tuc/").content.decode()
    assert html.count("Tên mục mới") >= 2 and "Tên mục cũ" not in html  # menu and card


def test_a_taken_down_article_leaves_the_lists_at_once(client):
    article = make_article(title="Tin sẽ gỡ")
    assert "Tin sẽ gỡ" in client.get("/tin-tuc/").content.decode()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.TAKEN_DOWN)
    assert "Tin sẽ gỡ" not in client.get("/tin-tuc/").content.decode()
    assert client.get(article.get_absolute_url()).status_code == 410


def test_a_cached_menu_page_carries_no_reader_specific_login_link(client):
    category = make_category(name="Mục có trong menu")
    client.get("/tin-tuc/")
    html = client.get(category.get_absolute_url()).content.decode()
    assert "Mục có trong menu" in html and "Hỏi đáp" in html
    assert "?next=" not in html and "/admin/login/" not in html


def test_staff_see_their_links_and_readers_do_not(client, editor):
    client.get("/tin-tuc/")
    assert "Khu vực công việc" not in client.get("/tin-tuc/").content.decode()
    client.force_login(editor)
    assert "Khu vực công việc" in client.get("/tin-tuc/").content.decode()


def test_the_day_picker_holds_the_day_read_and_is_empty_elsewhere(client):
    make_article(published_at=local_datetime(2024, 5, 6))
    client.get("/tin-tuc/2024/05/06/")
    assert 'value="06/05/2024"' in client.get("/tin-tuc/2024/05/06/").content.decode()
    assert 'value="06/05/2024"' not in client.get("/tin-tuc/").content.decode()


def test_a_bad_day_keeps_what_was_typed_and_its_message(client):
    client.get("/tin-tuc/")
    response = client.get("/tin-tuc/ngay/", {"ngay": "31/02/2024"})
    html = response.content.decode()
    assert response.status_code == 400 and 'value="31/02/2024"' in html and 'role="alert"' in html


def test_a_block_with_nothing_to_show_is_kept_and_served_empty(client):
    from core.caching.fragments import generation_fragment

    assert generation_fragment("empty-block", lambda: "") == ""
    assert generation_fragment("empty-block", lambda: "never rendered again") == ""


def test_listing_pages_kept_per_generation_take_a_new_article_and_a_new_slug_at_once(client):
    category = make_category(name="Hoạt động", slug="hoat-dong")
    make_article(title="Tin đầu tiên", category=category)
    assert "Tin đầu tiên" in client.get("/tin-tuc/").content.decode()
    make_article(title="Tin vừa đăng", category=category)
    for url in ("/tin-tuc/", "/chuyen-muc/hoat-dong/"):
        assert "Tin vừa đăng" in client.get(url).content.decode(), url
    category.slug = "hoat-dong-moi"
    category.save()
    assert client.get("/chuyen-muc/hoat-dong/").status_code == 404
    assert "Tin vừa đăng" in client.get("/chuyen-muc/hoat-dong-moi/").content.decode()
