"""CACHE_URL picks the backend, and the page cache stays correct on a shared (database) backend."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from cms.settings import cache_from_url
from news.tests.factories import make_article


@pytest.mark.parametrize(("url", "backend", "location"), [
    ("locmem://portal", "locmem.LocMemCache", "portal"),
    ("db://cache_table", "db.DatabaseCache", "cache_table"),
    ("redis://127.0.0.1:6379/1", "redis.RedisCache", "redis://127.0.0.1:6379/1"),
    ("dummy://", "dummy.DummyCache", ""),
])
def test_cache_url_selects_the_backend(url, backend, location):
    config = cache_from_url(url)
    assert config["BACKEND"] == f"django.core.cache.backends.{backend}"
    assert config["LOCATION"] == location


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
