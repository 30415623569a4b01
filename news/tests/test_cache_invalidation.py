"""The page cache never shows a stale page after an article changes, nor a personal page to anyone else."""

import datetime
import re
from unittest import mock

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import path
from django.utils import timezone

from cms.models import SiteSettings
from core.caching.pagecache import PageCacheMiddleware, cache_public_page
from news.models import Article
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db

DAY = local_datetime(2024, 5, 6, 9)


YEAR = "/tin-tuc/2024/"


def day_pages(article):
    """Return the public pages that list an article published on DAY (add search and feeds here)."""
    return ["/", "/tin-tuc/", "/tin-tuc/2024/05/", "/tin-tuc/2024/05/06/", article.category.get_absolute_url()]


def year_count(page):
    """Return the number of articles the year page gives in total."""
    return int(re.search(r"<p>(\d+) tin</p>", page).group(1))


def warm(client, urls):
    """Request every page twice so that each is served from the cache; return the pages."""
    pages = {}
    for url in urls:
        client.get(url)
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit", url
        pages[url] = response.content.decode()
    return pages


def read(client, urls):
    return {url: client.get(url).content.decode() for url in urls}


@pytest.fixture
def category():
    return make_category(name="Hoạt động của Cục")


@pytest.fixture
def article(category):
    make_article(title="Tin giữ chỗ", category=category, published_at=DAY - datetime.timedelta(hours=1))
    return make_article(title="Hội nghị triển khai nhiệm vụ", category=category, published_at=DAY)


def test_anonymous_pages_are_served_from_the_cache_until_content_changes(client, article):
    first = client.get("/")
    assert first["X-Page-Cache"] == "miss"
    # Nothing changed: the second reading costs no query at all.
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=AssertionError("query")):
        second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_publishing_shows_the_article_on_every_page_at_once(client, category):
    draft = make_article(title="Thông báo tuyển dụng công chức", category=category, status=Article.Status.DRAFT,
                         published_at=DAY)
    urls = day_pages(draft)
    assert not any("Thông báo tuyển dụng" in page for page in warm(client, urls).values())
    assert year_count(warm(client, [YEAR])[YEAR]) == 0
    assert client.get(draft.get_absolute_url()).status_code == 404
    draft.status = Article.Status.PUBLISHED
    draft.save()
    for url, page in read(client, urls).items():
        assert "Thông báo tuyển dụng công chức" in page, url
    assert year_count(read(client, [YEAR])[YEAR]) == 1
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_editing_changes_every_page_that_shows_the_article(client, article):
    urls = [*day_pages(article), article.get_absolute_url()]
    warm(client, urls)
    article.title = "Hội nghị sơ kết sáu tháng"
    article.save()
    for url, page in read(client, urls).items():
        assert "Hội nghị sơ kết sáu tháng" in page, url
        assert "Hội nghị triển khai nhiệm vụ" not in page, url


def test_taking_down_removes_the_article_everywhere(client, article):
    urls = day_pages(article)
    address = article.get_absolute_url()
    assert year_count(warm(client, [*urls, address, YEAR])[YEAR]) == 2
    article.status = Article.Status.TAKEN_DOWN
    article.save()
    for url, page in read(client, urls).items():
        assert "Hội nghị triển khai nhiệm vụ" not in page, url
    assert year_count(read(client, [YEAR])[YEAR]) == 1
    assert client.get(address).status_code in (404, 410)


def test_deleting_removes_the_article_everywhere(client, article):
    urls = day_pages(article)
    address = article.get_absolute_url()
    warm(client, [*urls, address, YEAR])
    article.delete()
    for url, page in read(client, urls).items():
        assert "Hội nghị triển khai nhiệm vụ" not in page, url
    assert year_count(read(client, [YEAR])[YEAR]) == 1
    assert client.get(address).status_code == 404


def test_bulk_update_and_delete_also_make_pages_fresh(client, article):
    urls = day_pages(article)
    warm(client, urls)
    Article.objects.filter(pk=article.pk).update(title="Tiêu đề sửa hàng loạt")
    assert all("Tiêu đề sửa hàng loạt" in page for page in read(client, urls).values())
    warm(client, urls)
    Article.objects.filter(pk=article.pk).delete()
    assert not any("Tiêu đề sửa hàng loạt" in page for page in read(client, urls).values())


def test_a_scheduled_article_appears_when_its_time_comes_without_any_event(client, category):
    now = timezone.now()
    make_article(title="Tin đã đăng", category=category, published_at=now - datetime.timedelta(days=1))
    make_article(title="Tin hẹn giờ đăng", category=category, published_at=now + datetime.timedelta(hours=2))
    urls = ["/", "/tin-tuc/", category.get_absolute_url()]
    assert not any("Tin hẹn giờ đăng" in page for page in warm(client, urls).values())
    with mock.patch("django.utils.timezone.now", return_value=now + datetime.timedelta(hours=1)):
        assert not any("Tin hẹn giờ đăng" in page for page in warm(client, urls).values())
    with mock.patch("django.utils.timezone.now", return_value=now + datetime.timedelta(hours=2, seconds=1)):
        for url, page in read(client, urls).items():
            assert "Tin hẹn giờ đăng" in page, url


def test_renaming_a_category_or_the_agency_changes_every_page(client, article, site_settings):
    urls = day_pages(article)
    warm(client, urls)
    category = article.category
    category.name = "Tin hoạt động của Cục"
    category.save()
    assert all("Tin hoạt động của Cục" in page for page in read(client, urls).values())
    settings_row = SiteSettings.load()
    settings_row.agency_name = "Cục THADS tỉnh Thanh Hóa (tên mới)"
    settings_row.save()
    assert all("Cục THADS tỉnh Thanh Hóa (tên mới)" in page for page in read(client, urls).values())


def test_a_commit_drops_pages_cached_during_the_change(client, article, django_capture_on_commit_callbacks):
    urls = day_pages(article)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.title = "Tiêu đề trong giao dịch"
        article.save()
        # A reader filled the cache before the commit (here it already sees the new row;
        # in production it would see the old one, so the commit must drop it).
        warm(client, urls)
    for callback in callbacks:
        callback()
    assert all(client.get(url)["X-Page-Cache"] == "miss" for url in urls)


def test_staff_are_never_served_or_stored(client, editor, article):
    anonymous = client.get("/").content.decode()
    assert "Quản trị" not in anonymous
    client.force_login(editor)
    for _ in range(2):
        response = client.get("/")
        assert "X-Page-Cache" not in response
        assert "Quản trị" in response.content.decode()
    client.logout()
    client.cookies.clear()
    page = client.get("/").content.decode()
    assert "Quản trị" not in page
    assert 'href="/admin/login/' not in page


def test_a_page_made_while_logged_in_is_not_given_to_the_public(client, editor, article):
    client.force_login(editor)
    client.get("/")
    client.logout()
    client.cookies.clear()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Quản trị" not in response.content.decode()


def through_middleware(view, *, mark=True):
    """Return a callable passing a request for any path through PageCacheMiddleware to view."""
    view = cache_public_page(view) if mark else view
    # The middleware finds the view (and the parameters it reads) by resolving the path.
    urlconf = type("URLConf", (), {"urlpatterns": [path("<path:rest>", view)]})
    middleware = PageCacheMiddleware(lambda request: view(request))

    def handler(request):
        request.urlconf = urlconf
        return middleware(request)

    return handler


def test_responses_that_set_cookies_or_are_private_are_not_stored(db):
    calls = []

    def with_cookie(request):
        calls.append(1)
        response = HttpResponse("form")
        response.set_cookie("csrftoken", "x")
        return response

    def private(request):
        calls.append(1)
        response = HttpResponse("private")
        response["Cache-Control"] = "private"
        return response

    factory = RequestFactory()
    for view in (with_cookie, private):
        calls.clear()
        handler = through_middleware(view)
        for _ in range(2):
            assert handler(factory.get(f"/{view.__name__}/"))["X-Page-Cache"] == "miss"
        assert len(calls) == 2


def test_only_marked_views_are_stored(db):
    calls = []

    def view(request):
        calls.append(1)
        return HttpResponse("page")

    handler = through_middleware(view, mark=False)
    for _ in range(2):
        assert "X-Page-Cache" not in handler(RequestFactory().get("/unmarked/"))
    assert len(calls) == 2


def test_requests_with_a_session_cookie_or_not_get_skip_the_cache(db):
    calls = []

    def view(request):
        calls.append(request.method)
        return HttpResponse("page")

    handler = through_middleware(view)
    factory = RequestFactory()
    handler(factory.get("/p/"))
    assert handler(factory.get("/p/"))["X-Page-Cache"] == "hit"
    with_session = factory.get("/p/")
    with_session.COOKIES["sessionid"] = "abc"
    assert "X-Page-Cache" not in handler(with_session)
    assert "X-Page-Cache" not in handler(factory.post("/p/"))
    assert calls == ["GET", "GET", "POST"]


def test_a_hit_keeps_the_headers_of_a_full_response_and_sets_no_cookie(client, article):
    miss = client.get("/")
    hit = client.get("/")
    assert hit["X-Page-Cache"] == "hit"
    for header in ("Content-Type", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy"):
        assert hit[header] == miss[header], header
    assert not hit.cookies


def test_the_cache_can_be_turned_off(client, settings, article):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert "X-Page-Cache" not in client.get("/")


def test_page_totals_follow_deletions_and_scheduled_articles(client, settings, category):
    # Totals are cached apart from pages; this holds with the page cache off too.
    settings.PAGE_CACHE_SECONDS = 0
    now = timezone.now()
    articles = [make_article(category=category, published_at=now - datetime.timedelta(hours=n + 1)) for n in range(21)]
    make_article(category=category, published_at=now + datetime.timedelta(hours=1))
    for url in ("/tin-tuc/", category.get_absolute_url()):
        assert "Trang 1 / 2" in client.get(url).content.decode()
    articles[0].delete()
    for url in ("/tin-tuc/", category.get_absolute_url()):
        assert "Trang 1 / 2" not in client.get(url).content.decode()
    with mock.patch("django.utils.timezone.now", return_value=now + datetime.timedelta(hours=2)):
        for url in ("/tin-tuc/", category.get_absolute_url()):
            assert "Trang 1 / 2" in client.get(url).content.decode()
