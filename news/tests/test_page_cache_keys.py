"""Junk query strings can neither bypass nor flush the page cache; the article page reads no search columns."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def articles():
    category = make_category(name="Hoạt động của Cục")
    return [make_article(title=f"Tin số {n}", category=category) for n in range(25)]


def test_a_junk_query_string_is_served_the_cached_page_without_rendering(client, articles, django_assert_num_queries):
    page = client.get("/").content
    with django_assert_num_queries(0):
        for n in range(30):
            response = client.get(f"/?x={n}&utm_source=zalo{n}")
            assert response["X-Page-Cache"] == "hit"
            assert response.content == page


def stored_pages():
    """Return how many pages the (local memory) cache holds."""
    return sum(":pagecache:page:" in key for key in cache._cache)


def test_junk_query_strings_store_nothing_new(client, articles):
    client.get("/")
    before = stored_pages()
    for n in range(50):
        client.get(f"/?x={n}")
        client.get(f"{articles[0].get_absolute_url()}?fbclid={n}")
    # Only the article page itself was added, once.
    assert stored_pages() == before + 1
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_a_long_junk_query_string_is_served_from_the_cache_too(client, articles):
    client.get("/")
    assert client.get("/?" + "x" * 5000)["X-Page-Cache"] == "hit"


def test_the_page_number_a_list_reads_stays_in_the_key(client, articles):
    first = client.get("/tin-tuc/").content.decode()
    second = client.get("/tin-tuc/?page=2").content.decode()
    assert "Tin số 24" in first and "Tin số 24" not in second
    assert "Tin số 0" in second
    # One spelling per page: ?page=02 and junk next to it are the cached second page.
    response = client.get("/tin-tuc/?page=02&x=1")
    assert response["X-Page-Cache"] == "hit"
    assert response.content.decode() == second


def test_a_bad_page_number_is_still_a_404(client, articles):
    client.get("/tin-tuc/")
    assert client.get("/tin-tuc/?page=abc").status_code == 404
    assert client.get("/tin-tuc/?page=99").status_code == 404


def test_the_category_page_keeps_its_page_number(client, articles):
    url = articles[0].category.get_absolute_url()
    assert "Tin số 0" not in client.get(url).content.decode()
    assert "Tin số 0" in client.get(f"{url}?page=2&ref=x").content.decode()


def test_a_page_no_view_marks_as_cacheable_is_neither_stored_nor_served(client, articles):
    client.get("/lien-he/")
    response = client.get("/lien-he/?x=1")
    assert "X-Page-Cache" not in response
    assert stored_pages() == 0


def test_the_article_page_does_not_load_the_search_columns(client, articles):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(articles[3].get_absolute_url())
    assert response.status_code == 200
    # Columns brought back, not columns filtered on (related news may match words in the database).
    loaded = re.compile(r'"news_article"\."(\w+)"(?:,| FROM)')
    columns = {name for q in queries.captured_queries for name in loaded.findall(q["sql"])}
    assert "body" in columns
    assert not columns & {"search_exact", "search_folded"}


def test_a_cached_view_sees_only_the_parameters_its_key_holds(client, articles):
    # The latest-news list declares "page" only: an undeclared parameter cannot change what is
    # stored, so no stored page can depend on something its key leaves out.
    from django.urls import resolve

    assert set(resolve("/tin-tuc/").func.page_cache_params) == {"page"}
    first = client.get("/tin-tuc/", {"page": "2", "q": "Tin số 3"})
    assert first["X-Page-Cache"] == "miss"
    assert first.context["request"].GET.dict() == {"page": "2"}
    assert client.get("/tin-tuc/", {"page": "2"})["X-Page-Cache"] == "hit"
