"""Counters gather in the cache and reach the database at most once per counter every few seconds."""

import time

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from core.caching import counters


class Clock:
    """Stand-in for the time module the local-memory cache reads expiry times from."""

    def __init__(self):
        self.now = time.time()

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr("django.core.cache.backends.locmem.time", fake)
    return fake


def test_hits_are_written_once_then_gathered_until_the_interval_passes(settings, clock):
    settings.COUNTER_FLUSH_SECONDS = 5
    writes = []
    for _ in range(40):
        counters.add("test:flood", write=writes.append)
    assert writes == [1]
    assert counters.pending("test:flood") == 39
    clock.now += 6
    counters.add("test:flood", write=writes.append)
    assert writes == [1, 40]
    assert counters.pending("test:flood") == 0


def test_flush_writes_what_is_pending_now(settings):
    settings.COUNTER_FLUSH_SECONDS = 5
    writes = []
    for _ in range(3):
        counters.add("test:tail", write=writes.append)
    assert counters.flush("test:tail", write=writes.append) == 2
    assert counters.flush("test:tail", write=writes.append) == 0
    assert writes == [1, 2]


def test_a_counter_evicted_from_the_cache_starts_again():
    writes = []
    counters.add("test:evicted", write=writes.append)
    cache.delete("counters:pending:test:evicted")
    counters.add("test:evicted", write=writes.append)
    assert counters.pending("test:evicted") == 1


def test_the_visitor_key_holds_no_address_and_changes_with_the_day():
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.23", HTTP_USER_AGENT="Firefox/128.0")
    today = counters.visitor_key(request)
    assert today == counters.visitor_key(request)
    assert "198.51.100.23" not in today
    other = RequestFactory().get("/", REMOTE_ADDR="198.51.100.24", HTTP_USER_AGENT="Firefox/128.0")
    assert counters.visitor_key(other) != today
    # A new day, a new salt: yesterday's keys cannot be matched to today's readers.
    cache.clear()
    counters.forget()
    assert counters.visitor_key(request) != today


def test_the_local_day_turns_at_local_midnight(settings):
    import datetime

    from django.utils import timezone

    last = timezone.make_aware(datetime.datetime(2023, 4, 3, 23, 59, 59, 999999))
    assert counters.local_day(last) == datetime.date(2023, 4, 3)
    assert counters.local_day(last + datetime.timedelta(microseconds=1)) == datetime.date(2023, 4, 4)
    assert counters.local_day(last) == datetime.date(2023, 4, 3)
    # 17:30 UTC is the 4th in Hanoi (UTC+7), still the 3rd in UTC: a changed time zone is noticed.
    evening = datetime.datetime(2023, 4, 3, 17, 30, tzinfo=datetime.UTC)
    assert counters.local_day(evening) == datetime.date(2023, 4, 4)
    settings.TIME_ZONE = "UTC"
    assert counters.local_day(evening) == datetime.date(2023, 4, 3)


def test_counter_cookies_are_signed_and_read_as_django_does(rf):
    from django.http import HttpResponse

    ours, django = HttpResponse(), HttpResponse()
    counters.set_signed_cookie(ours, "luot", "2026-12-02|10:00", salt="s", max_age=60)
    django.set_signed_cookie("luot", "2026-12-02|10:00", salt="s", max_age=60)
    assert ours.cookies["luot"].value == django.cookies["luot"].value
    signed = rf.get("/", HTTP_COOKIE=f"luot={ours.cookies['luot'].value}")
    assert counters.get_signed_cookie(signed, "luot", salt="s") == "2026-12-02|10:00"
    forged = rf.get("/", HTTP_COOKIE="luot=2026-12-02|10:00:abc")
    assert counters.get_signed_cookie(forged, "luot", salt="s", default="none") == "none"
    assert counters.get_signed_cookie(rf.get("/"), "luot", salt="s") == ""
