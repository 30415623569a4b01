"""Rate limits across server processes: they hold only in a cache every process shares, and production says so."""

from unittest import mock

import pytest
from django.core import checks
from django.core.cache.backends.locmem import LocMemCache
from django.test import RequestFactory

from core.caching.rediscache import RedisCache
from core.security import ratelimit
from core.testing.servers import redis_server

LIMIT = 30
ATTEMPTS = 60


def accepted_alternating(clients):
    """Return how many of ATTEMPTS register searches from one address pass, each served by the next client."""
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.77")
    accepted = 0
    for attempt in range(ATTEMPTS):
        # Each client stands for one worker process with its own connection to the cache.
        with mock.patch.object(ratelimit, "cache", clients[attempt % len(clients)]):
            accepted += ratelimit.hit(request, scope="register-search", limit=LIMIT, period=3600)
    return accepted


def test_two_workers_on_one_redis_share_the_limit(tmp_path):
    with redis_server(tmp_path) as url:
        first, second = RedisCache(url, {}), RedisCache(url, {})
        assert first is not second
        assert accepted_alternating([first, second]) == LIMIT


def test_two_workers_with_their_own_memory_cache_each_grant_the_limit():
    # Why production refuses a per-process cache (cms.E103): each worker counts on its own.
    first = LocMemCache("ratelimit-worker-1", {})
    second = LocMemCache("ratelimit-worker-2", {})
    assert accepted_alternating([first, second]) == 2 * LIMIT


def rate_limit_errors():
    return [error for error in checks.run_checks(tags=[checks.Tags.caches]) if error.id == "cms.E103"]


@pytest.mark.parametrize("backend", ["django.core.cache.backends.locmem.LocMemCache",
                                     "django.core.cache.backends.dummy.DummyCache"])
@pytest.mark.parametrize("page_cache_seconds", [600, 0])
def test_production_refuses_a_cache_the_workers_do_not_share(settings, backend, page_cache_seconds):
    settings.PRODUCTION = True
    # Even with the page cache off (no cms.E102), the rate limits still count in this cache.
    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    settings.CACHES = {"default": {"BACKEND": backend}}
    errors = rate_limit_errors()
    assert len(errors) == 1
    assert errors[0].level == checks.ERROR
    assert "rate limits" in errors[0].msg and backend in errors[0].msg
    assert "redis://" in errors[0].hint


@pytest.mark.parametrize("backend", ["core.caching.rediscache.RedisCache",
                                     "django.core.cache.backends.redis.RedisCache",
                                     "django.core.cache.backends.db.DatabaseCache"])
def test_production_accepts_a_shared_cache(settings, backend):
    settings.PRODUCTION = True
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": "redis://127.0.0.1:6379/1"}}
    errors = rate_limit_errors()
    # Back to the test cache before teardown clears it (the check itself does not connect).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert not errors


def test_development_keeps_the_per_process_cache(settings):
    settings.PRODUCTION = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert not rate_limit_errors()
