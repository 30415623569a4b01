"""Two app servers on one Redis and one PostgreSQL: an article taken down on one is gone on the other at once."""

import http.cookiejar
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.core import checks
from django.db import connection

from core.testing.servers import app_server, redis_server, shared_database_url
from news.tests.factories import make_article

# Both servers sit behind one proxy that names the site the same way.
BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", "Host": "portal.example.vn"}


def get(base, path, opener=None):
    """Return (status, X-Page-Cache, body) of an anonymous GET (or one through opener)."""
    request = urllib.request.Request(base + path, headers=BROWSER)
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=30) as response:
            return response.status, response.headers.get("X-Page-Cache"), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Page-Cache"), error.read().decode()


def logged_in(base, username, password):
    """Return an opener holding a staff session on base, logged in through the admin's form."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    get(base, "/admin/login/", opener)
    token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    post(opener, base + "/admin/login/?next=/admin/", jar, username=username, password=password,
         csrfmiddlewaretoken=token)
    assert any(cookie.name == "sessionid" for cookie in jar), "the admin login failed"
    return opener, jar


def post(opener, url, jar, **fields):
    fields.setdefault("csrfmiddlewaretoken", next(cookie.value for cookie in jar if cookie.name == "csrftoken"))
    request = urllib.request.Request(url, data=urllib.parse.urlencode(fields).encode(), headers=BROWSER)
    with opener.open(request, timeout=30) as response:
        return response.status


@pytest.mark.django_db(transaction=True)
def test_an_article_taken_down_on_one_server_is_gone_on_the_other_at_once(tmp_path, site_settings):
    if connection.vendor != "postgresql":
        pytest.skip("two app servers need one database both reach: this test runs under make test-postgres")
    article = make_article(title="Tin sẽ bị gỡ trên máy chủ thứ nhất")
    get_user_model().objects.create_superuser("quantri-chung", "qt@example.vn", "mat-khau-rat-dai-2026")
    with redis_server(tmp_path) as redis_url:
        env = {"DATABASE_URL": shared_database_url(), "CACHE_URL": redis_url, "PAGE_CACHE_SECONDS": "600",
               "MEDIA_ROOT": str(tmp_path / "media"), "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
               "ALLOWED_HOSTS": "portal.example.vn,127.0.0.1"}
        with app_server(**env) as first, app_server(**env) as second:
            url = article.get_absolute_url()
            assert get(first, url)[:2] == (200, "miss")
            # The page the first server made is the one the second serves: one cache for both.
            status, cache_state, body = get(second, url)
            assert (status, cache_state) == (200, "hit") and article.title in body
            assert article.title in get(second, "/")[2]

            opener, jar = logged_in(first, "quantri-chung", "mat-khau-rat-dai-2026")
            post(opener, f"{first}/admin/news/article/{article.pk}/buoc/take_down/", jar,
                 reason="Gỡ để kiểm tra bộ nhớ đệm chung", revision=article.revision)
            article.refresh_from_db()
            assert article.status == "taken_down"

            assert get(second, url)[0] == 410
            assert article.title not in get(second, "/")[2]
            assert article.title not in get(second, "/tin-tuc/")[2]


def test_production_refuses_a_per_process_cache_while_the_page_cache_is_on(settings):
    settings.PRODUCTION = True
    settings.PAGE_CACHE_SECONDS = 600
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    errors = [e for e in checks.run_checks(tags=[checks.Tags.caches]) if e.id == "cms.E102"]
    assert len(errors) == 1
    assert "CACHE_URL" in errors[0].hint and "redis://" in errors[0].hint
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:6379/1"}}
    assert not [e for e in checks.run_checks(tags=[checks.Tags.caches]) if e.id == "cms.E102"]
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.PAGE_CACHE_SECONDS = 0
    assert not [e for e in checks.run_checks(tags=[checks.Tags.caches]) if e.id == "cms.E102"]


def test_development_keeps_the_per_process_cache(settings):
    settings.PRODUCTION = False
    settings.PAGE_CACHE_SECONDS = 600
    assert not [e for e in checks.run_checks(tags=[checks.Tags.caches]) if e.id == "cms.E102"]
