"""Per-address rate limits kept in the cache: "at most N actions of a kind per period".

Used by public forms (questions and feedback, register searches). The client's address
is never stored: the key holds a keyed hash of it, so the cache reveals no address.
Fixed windows: a burst at the end of one window and the start of the next may reach
twice the limit, which is acceptable for abuse control and needs one counter only.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache

from core.security.web import client_ip


def client_key(request):
    """Return a short keyed hash of the client's address (the same for every request from it)."""
    address = client_ip(request) or "unknown"
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def _key(request, scope, period):
    window = int(time.time() // period)
    return f"ratelimit:{scope}:{client_key(request)}:{window}"


def used(request, *, scope, period):
    """Return how many actions of scope the client made in the current window."""
    return cache.get(_key(request, scope, period), 0)


def is_limited(request, *, scope, limit, period):
    """Return True if the client already made limit actions of scope in the current window."""
    return used(request, scope=scope, period=period) >= limit


def record(request, *, scope, period):
    """Count one action of scope for the client; return the count in the current window."""
    key = _key(request, scope, period)
    # add() is a no-op when the key exists; incr() is atomic on every shared backend.
    cache.add(key, 0, period + 60)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, period + 60)
        return 1


def hit(request, *, scope, limit, period):
    """Count one action and return True if it is within the limit (False: refuse it)."""
    if is_limited(request, scope=scope, limit=limit, period=period):
        return False
    return record(request, scope=scope, period=period) <= limit
