"""Counters buffered in the cache and written to the database at most once per counter every few seconds.

A flood of requests must not become a flood of UPDATEs on one row (the visit counters,
an article's view count): each hit adds to a number kept in the shared cache, and the
first hit after COUNTER_FLUSH_SECONDS writes what has gathered in one UPDATE. What is
still pending is written by the next hit on the same counter (or flush()); the totals
shown may lag by those few seconds.

Readers are told apart without keeping anything about them: visitor_key() hashes the
client address and User-Agent with a salt that lives one day in the cache only, so the
key cannot be traced back to an address once the day is over.
"""

import datetime
import functools
import hashlib
import secrets
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from core.security.web import client_ip

_salt = {}


def _pending_key(name):
    return f"counters:pending:{name}"


def add(name, *, write, amount=1):
    """Add amount to the counter name; return what write(total) was handed now (0 while buffering)."""
    key = _pending_key(name)
    try:
        cache.incr(key, amount)
    except ValueError:
        # Not there yet (or evicted): whoever adds it first wins, the others increment.
        if not cache.add(key, amount, None):
            cache.incr(key, amount)
    seconds = settings.COUNTER_FLUSH_SECONDS
    if seconds > 0 and not cache.add(f"counters:flushed:{name}", 1, seconds):
        return 0
    return flush(name, write=write)


def flush(name, *, write):
    """Hand what is pending on the counter name to write(total) now; return the total written."""
    key = _pending_key(name)
    pending = cache.get(key) or 0
    if pending <= 0:
        return 0
    # decr, not delete: hits arriving meanwhile stay pending for the next flush.
    cache.decr(key, pending)
    write(pending)
    return pending


def pending(name):
    """Return how much the counter name holds that is not written yet."""
    return cache.get(_pending_key(name)) or 0


# The counters' cookies hold a day and a slot or a list of articles: the same few values for every
# reader, so each is signed (and each cookie read is checked) once per process, not on every request.
@functools.lru_cache(maxsize=4096)
def _signed(key, value, salt, secret):
    response = HttpResponse()
    response.set_signed_cookie(key, value, salt=salt)
    return response.cookies[key].value


@functools.lru_cache(maxsize=4096)
def _unsigned(key, cookie, salt, secret):
    request = HttpRequest()
    request.COOKIES[key] = cookie
    return request.get_signed_cookie(key, default=None, salt=salt)


def set_signed_cookie(response, key, value, *, salt, **options):
    """Set a cookie as HttpResponse.set_signed_cookie() does."""
    response.set_cookie(key, _signed(key, value, salt, settings.SECRET_KEY), **options)


def get_signed_cookie(request, key, *, salt, default=""):
    """Return a signed cookie's value as HttpRequest.get_signed_cookie() does (default when missing or forged)."""
    cookie = request.COOKIES.get(key)
    value = None if cookie is None else _unsigned(key, cookie, salt, settings.SECRET_KEY)
    return default if value is None else value


def _daily_salt(day):
    if day not in _salt:
        _salt.clear()
        # Shared by every process through the cache, forgotten with the day.
        _salt[day] = cache.get_or_set(f"counters:salt:{day}", secrets.token_hex(16), 2 * 86400)
    return _salt[day]


# (time zone, first instant, instant after the last, date) of the site's current day.
_day = [None, 0.0, 0.0, None]


def local_day(now=None):
    """Return the site's local date at now (or now), worked out once per day rather than per request."""
    instant = (now or timezone.now()).timestamp()
    zone = timezone.get_default_timezone()
    kept_zone, start, end, day = _day
    if kept_zone is not zone or not start <= instant < end:
        day = datetime.datetime.fromtimestamp(instant, zone).date()
        midnight = datetime.datetime.combine(day, datetime.time(), zone)
        _day[:] = [zone, midnight.timestamp(), (midnight + datetime.timedelta(days=1)).timestamp(), day]
    return day


def visitor_key(request, now=None):
    """Return an anonymous key for the reader (address and browser), valid for the local day only."""
    salt = _daily_salt(local_day(now).isoformat())
    # Both counters (visits, article views) ask for the key of the same request.
    kept = getattr(request, "_counters_visitor_key", None)
    if kept is not None and kept[0] == salt:
        return kept[1]
    identity = f"{client_ip(request)}|{request.headers.get('User-Agent', '')}".encode()
    key = hashlib.blake2b(identity, key=salt.encode(), digest_size=12).hexdigest()
    request._counters_visitor_key = (salt, key)
    return key


class LocalMemo:
    """What this process already knows was counted, so that a repeat costs no cache round trip.

    Only ever skips work the shared cache would also skip (it holds the same keys for at
    least as long); bounded, and forgotten at once when full.
    """

    def __init__(self, size=20_000):
        self.size, self.entries = size, {}

    def get(self, key):
        value, until = self.entries.get(key, (None, 0.0))
        return value if until > time.monotonic() else None

    def set(self, key, value, seconds):
        if len(self.entries) >= self.size:
            self.entries.clear()
        self.entries[key] = (value, time.monotonic() + seconds)

    def clear(self):
        self.entries.clear()


memo = LocalMemo()


def forget():
    """Drop what this process remembers (the day's salt, the memo): after the cache was emptied."""
    _salt.clear()
    memo.clear()
    _day[:] = [None, 0.0, 0.0, None]
