"""CACHE_URL picks the backend, and the page cache stays correct on a shared (database) backend."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from config.settings import cache_from_url
from news.tests.factories import make_article


@pytest.mark.parametrize(("url", "backend", "location"), [
    ("locmem://portal", "django.core.cache.backends.locmem.LocMemCache", "portal"),
    ("db://cache_table", "django.core.cache.backends.db.DatabaseCache", "cache_table"),
    ("redis://127.0.0.1:6379/1", "core.caching.rediscache.RedisCache", "redis://127.0.0.1:6379/1"),
    ("dummy://", "django.core.cache.backends.dummy.DummyCache", ""),
])
def test_cache_url_selects_the_backend(url, backend, location):
    config = cache_from_url(url)
    assert config["BACKEND"] == backend
    assert config["LOCATION"] == location


def test_the_redis_backend_builds_one_client_per_connection_pool():
    from django.core.cache.backends.redis import RedisCache

    from core.caching.rediscache import RedisCache as ReusingRedisCache

    config = cache_from_url("redis://127.0.0.1:6379/1")
    backend = ReusingRedisCache(config["LOCATION"], {"OPTIONS": config["OPTIONS"]})
    # Django's own builds a new one on every call (no server is needed to build a client).
    django_backend = RedisCache(config["LOCATION"], {})
    assert django_backend._cache.get_client() is not django_backend._cache.get_client()
    assert backend._cache.get_client() is backend._cache.get_client()
    assert backend._cache.get_client(write=True) is backend._cache.get_client()


def test_an_unknown_cache_url_is_refused():
    with pytest.raises(ImproperlyConfigured):
        cache_from_url("memcache://x")


@pytest.mark.django_db(transaction=True)
def test_pages_stay_fresh_on_the_database_cache(client, settings):
    settings.CACHES = {"default": cache_from_url("db://portal_cache")}
    call_command("createcachetable", verbosity=0)
    article = make_article(title="Tin trên bộ nhớ đệm chung")
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    article.title = "Tin đã sửa trên bộ nhớ đệm chung"
    article.save()
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Tin đã sửa trên bộ nhớ đệm chung" in response.content.decode()
