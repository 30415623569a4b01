"""Per-address rate limits: the limit holds per address and period, and no address is stored."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from core.security import ratelimit


def request_from(address):
    return RequestFactory().get("/", REMOTE_ADDR=address)


def test_the_limit_refuses_the_action_after_n_within_the_period():
    request = request_from("203.0.113.5")
    allowed = [ratelimit.hit(request, scope="test", limit=3, period=3600) for _ in range(5)]
    assert allowed == [True, True, True, False, False]


def test_each_address_and_each_scope_has_its_own_count():
    for _ in range(3):
        ratelimit.hit(request_from("203.0.113.5"), scope="test", limit=3, period=3600)
    assert ratelimit.is_limited(request_from("203.0.113.5"), scope="test", limit=3, period=3600)
    assert not ratelimit.is_limited(request_from("203.0.113.6"), scope="test", limit=3, period=3600)
    assert not ratelimit.is_limited(request_from("203.0.113.5"), scope="other", limit=3, period=3600)


def test_a_new_window_starts_a_new_count(monkeypatch):
    request = request_from("203.0.113.5")
    monkeypatch.setattr(ratelimit.time, "time", lambda: 1_000_000.0)
    for _ in range(3):
        ratelimit.record(request, scope="test", period=60)
    assert ratelimit.is_limited(request, scope="test", limit=3, period=60)
    monkeypatch.setattr(ratelimit.time, "time", lambda: 1_000_000.0 + 60)
    assert not ratelimit.is_limited(request, scope="test", limit=3, period=60)


@pytest.mark.parametrize("header_set", [True, False])
def test_behind_a_proxy_the_named_header_is_the_address(settings, header_set):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP" if header_set else ""
    first = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="198.51.100.1")
    second = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="198.51.100.2")
    assert (ratelimit.client_key(first) != ratelimit.client_key(second)) is header_set


def test_the_cache_holds_a_hash_not_the_address():
    ratelimit.record(request_from("203.0.113.77"), scope="test", period=3600)
    keys = list(cache._cache.keys()) if hasattr(cache, "_cache") else []
    assert keys and not any("203.0.113.77" in str(key) for key in keys)
