"""Every public page and the admin list run a fixed number of SQL queries, whatever the data.

A page is measured with the page cache off and after a first request, so the numbers are
what a reader pays on a cache miss once the site-wide data (settings, menu) is cached:
with the rendered fragments turned off (every card and block rendered afresh) and on.
To add a page (search, feeds), add a line to PAGES with its budget.
"""

import pytest

from news.tests.factories import image_upload, local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db

SIZES = [3, 30]

PAGES = {
    # name: (address from the data, queries rendered afresh, queries once its fragments are kept)
    # The latest documents, this week's entries and public meetings (featured and latest news are
    # read once per generation); with its fragments kept, nothing.
    "home": (lambda data: "/", 3, 0),
    # A listing's count and pages are kept per generation (core.caching.pagination.GenerationPaginator).
    "latest": (lambda data: "/tin-tuc/", 0, 0),
    "latest page 2": (lambda data: "/tin-tuc/?page=2" if len(data["articles"]) > 20 else "/tin-tuc/?page=1", 0, 0),
    "year": (lambda data: "/tin-tuc/2024/", 2, 2),
    # Days with news, count, rows and the calendar's counts are kept per generation.
    "month": (lambda data: "/tin-tuc/2024/05/", 0, 0),
    "day": (lambda data: "/tin-tuc/2024/05/06/", 0, 0),  # the day's articles kept per generation
    "empty day": (lambda data: "/tin-tuc/2024/05/20/", 2, 2),  # the nearest days with news before and after
    # The article with its stored page, its related ids and whether it has attachments (these
    # have none); then the titles of "Tin liên quan" and "Các tin khác" (news/article_page).
    "article": (lambda data: data["articles"][-1].get_absolute_url(), 2, 2),
    "category": (lambda data: data["categories"][0].get_absolute_url(), 0, 0),  # categories: the menu's list
    # Results kept per content generation (core.search.ranked_page): the category choices and the rows.
    # The other sections' ids and totals and the "did you mean" are kept per generation too.
    "search": (lambda data: "/tim-kiem/?q=tin+so", 2, 2),
    "search, no match": (lambda data: "/tim-kiem/?q=xyzzy", 1, 1),
    # The index: counts and the newest change of the sections; the articles' section: its rows.
    "sitemap index": (lambda data: "/sitemap.xml", 16, 16),  # two per section Django pages: count and lastmod
    "sitemap articles": (lambda data: "/sitemap-articles.xml", 1, 1),
}
# The admin list: session, user, permissions, filter choices, one count, rows (no full count, no date drill-down).
ADMIN_PAGES = {
    "admin articles": ("/admin/news/article/?cho_toi=0", 7),
    "admin articles filtered": ("/admin/news/article/?status__exact=published", 7),
    "admin articles of a month": ("/admin/news/article/?thang=2024-05", 7),
}


def build(size):
    categories = [make_category(name=f"Chuyên mục {n}") for n in range(3)]
    articles = []
    for n in range(size):
        day = 6 if n % 2 else 21
        articles.append(make_article(
            title=f"Tin số {n}", category=categories[n % 3], featured=n % 7 == 0,
            published_at=local_datetime(2024, 5, day, 8, n % 60),
            cover=image_upload(f"anh-{n}.jpg", size=(800, 500)) if n % 4 == 0 else "",
        ))
    return {"categories": categories, "articles": articles}


@pytest.mark.parametrize("fragments", [False, True], ids=["rendered afresh", "fragments kept"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_public_page_queries_do_not_grow_with_data(client, settings, django_assert_num_queries, name, size,
                                                   fragments):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 600 if fragments else 0
    address, cold, kept = PAGES[name]
    budget = kept if fragments else cold
    url = address(build(size))
    assert client.get(url).status_code == 200
    with django_assert_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("fragments", [False, True], ids=["rendered afresh", "fragments kept"])
@pytest.mark.parametrize("size", SIZES)
def test_the_article_page_keeps_its_budget_with_stored_pages_off(client, settings, django_assert_num_queries, size,
                                                                 fragments):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 600 if fragments else 0
    settings.STORED_ARTICLE_PAGES = False
    address, cold, kept = PAGES["article"]
    url = address(build(size))
    assert client.get(url).status_code == 200
    with django_assert_num_queries(kept if fragments else cold):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_article_list_queries_do_not_grow_with_data(client, editor, django_assert_num_queries, name, size):
    build(size)
    url, budget = ADMIN_PAGES[name]
    client.force_login(editor)
    assert client.get(url).status_code == 200
    with django_assert_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200
    assert "Tin số 0" in response.content.decode()
