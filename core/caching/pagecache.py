"""Whole-page cache for anonymous readers, invalidated by a content generation.

Every cached page is stored with the current *generation*. Any change to
content that pages show (a row of any public model saved or deleted, a bulk
update: core/caching/invalidation.py) starts a new generation, so every page is fresh at once without knowing
which pages showed the changed row. A scheduled article needs no event: the
generation records the next publication time and expires when it passes.

Only anonymous GET requests without a session or message cookie are served from
or stored in the cache, only views marked with cache_public_page are stored, and
a response that sets a cookie (a CSRF token, a session) or is marked private is
never stored. A page is keyed by its host, language,
path and only the query parameters its view declares (cache_public_page(params=...)):
junk such as ?x=1 is served the cached page, so it can neither render afresh on every
request nor push real pages out of the cache. Settings: PAGE_CACHE_SECONDS
(0 turns the cache off) and the "default" entry of CACHES; with several server
processes the backend must be shared (database cache or Redis), see
docs/performance.md.
"""

import contextvars
import functools
import hashlib
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, models, transaction
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import get_max_age
from django.utils.translation import get_language

STATE_KEY = "pagecache:state"
# Cookies that make a page personal: the reader is (or was) logged in, or has a message waiting.
PERSONAL_COOKIES = ("sessionid", "messages")

# Who knows the next publication time; set by the news app (kept here so cms imports no app).
_next_publication = []


class _RequestMemo:
    """The generation as read once for the request being served (the menus, cards and lists all ask)."""

    state = None


_request_memo = contextvars.ContextVar("pagecache_request_memo", default=None)


def register_next_publication(func):
    """Register a function returning the next time (aware datetime) unseen content goes public."""
    _next_publication.append(func)
    return func


def _new_state():
    now = timezone.now()
    upcoming = [when for when in (func(now) for func in _next_publication) if when is not None]
    return {"generation": time.time_ns(), "due": min(upcoming, default=None)}


def current_state(state=None):
    """Return the current generation and when it expires (read, or given), starting a new one when due."""
    memo = _request_memo.get()
    if state is None and memo is not None and memo.state is not None:
        return memo.state
    if state is None:
        state = cache.get(STATE_KEY)
    if state is None or (state["due"] is not None and state["due"] <= timezone.now()):
        state = _new_state()
        cache.set(STATE_KEY, state, None)
    if memo is not None:
        memo.state = state
    return state


def _forget_state():
    memo = _request_memo.get()
    if memo is not None:
        memo.state = None
    cache.delete(STATE_KEY)


def pages_changed():
    """Make every cached page stale, now and again when the current transaction commits."""
    _forget_state()
    # A reader between this moment and the commit could cache the old rows under a new
    # generation; dropping the generation once more after the commit removes that page too.
    transaction.on_commit(_forget_state)


class InvalidatingQuerySet:
    """QuerySet mixin: bulk writes make every cached page stale too.

    Fields no page shows, or that may lag (counters), go in page_cache_exempt_fields.
    """

    page_cache_exempt_fields = frozenset()

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        if rows and not set(kwargs) <= self.page_cache_exempt_fields:
            pages_changed()
        return rows

    def delete(self):
        result = super().delete()
        pages_changed()
        return result

    def bulk_create(self, *args, **kwargs):
        result = super().bulk_create(*args, **kwargs)
        pages_changed()
        return result

    def bulk_update(self, *args, **kwargs):
        result = super().bulk_update(*args, **kwargs)
        pages_changed()
        return result


class PublicQuerySet(InvalidatingQuerySet, models.QuerySet):
    """The QuerySet of a public model that needs no other: its bulk writes make cached pages stale."""


def _is_personal(request):
    return any(name in request.COOKIES for name in (settings.SESSION_COOKIE_NAME, *PERSONAL_COOKIES))


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not _is_personal(request)
        # Files are never pages (and the development media view needs no generation).
        and not request.path_info.startswith((settings.MEDIA_URL, settings.STATIC_URL))
    )


def _storable_response(request, response):
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in cache_control
        and "no-store" not in cache_control
        and get_max_age(response) != 0
        and not (user is not None and user.is_authenticated)
    )


def page_number(value):
    """Return a page number in one spelling (?page=01 is ?page=1); other values unchanged (the view 404s)."""
    return str(int(value)) if value.isascii() and value.isdigit() else value


def _declared_params(request):
    """Return {name: normaliser} for the query parameters of a cacheable view, or None if not cacheable."""
    return _params_of_path(getattr(request, "urlconf", None) or settings.ROOT_URLCONF, request.path_info)


# Resolving a path costs more than serving the page from the cache; the answer never changes for
# one URL configuration, so the most recent paths are remembered.
@functools.lru_cache(maxsize=4096)
def _params_of_path(urlconf, path):
    try:
        match = resolve(path, urlconf)
    except Resolver404:
        return None
    return getattr(match.func, "page_cache_params", None)


def _only(query, params):
    """Return a copy of the QueryDict query holding only the names in params."""
    kept = QueryDict(mutable=True)
    for name in params:
        if name in query:
            kept.setlist(name, query.getlist(name))
    kept._mutable = False
    return kept


def _page_key(request, params):
    # The raw Host header: CommonMiddleware has validated it already, and a page kept under a
    # bogus host is only ever served to requests naming that same host.
    host = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    # Only what the view reads, the last value of each as QueryDict.get() gives it.
    query = urlencode([(name, params[name](request.GET[name])) for name in sorted(params) if name in request.GET])
    digest = hashlib.blake2b(f"{host}|{get_language()}|{request.path}?{query}".encode(), digest_size=16)
    return f"pagecache:page:{digest.hexdigest()}"


def _timeout(state):
    timeout = settings.PAGE_CACHE_SECONDS
    if state["due"] is not None:
        # The page dies with its generation at the next publication time.
        timeout = min(timeout, max(1, int((state["due"] - timezone.now()).total_seconds()) + 1))
    return timeout


def cache_public_page(view=None, *, params=()):
    """Mark a view's pages as the same for every anonymous reader, so PageCacheMiddleware may keep them.

    params names the query parameters the view reads (a dict may map each to a function
    giving its one spelling, e.g. page_number); any other parameter is left out of the key.
    """
    if view is None:
        return functools.partial(cache_public_page, params=params)
    normalisers = dict(params) if isinstance(params, dict) else dict.fromkeys(params, str)

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        request.page_cache_allowed = True
        return view(request, *args, **kwargs)

    wrapper.page_cache_params = normalisers
    return wrapper


class PageCacheMiddleware:
    """Answer anonymous readers from the page cache before sessions, CSRF and the view run.

    Placed after WhiteNoise and the counters (visits, language, view counts), before sessions:
    a hit skips the rest of the stack; a miss goes through it and the final response (with
    the headers inner middleware added) is stored when the view was marked with
    cache_public_page and the response is safe to share.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set(_RequestMemo())
        try:
            return self._respond(request)
        finally:
            _request_memo.reset(token)

    def _respond(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        params = _declared_params(request)
        if params is None:
            # No page this cache may keep: skip the cache round trip altogether.
            return self.get_response(request)
        key = _page_key(request, params)
        # One round trip to a shared cache: the generation and the page together.
        found = cache.get_many([STATE_KEY, key])
        # The generation is read before the page is made: a change during rendering ends it.
        try:
            state = current_state(found.get(STATE_KEY))
        except DatabaseError:
            # No database, no next publication time: serve uncached (and /healthz says 503).
            return self.get_response(request)
        if key in found and found[key][0] == state["generation"]:
            _generation, content, headers = found[key]
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        # The view sees only the parameters the key holds, so a stored page never depends on one
        # the key leaves out (a view that forgot to declare a filter shows it unfiltered, always).
        request.GET = _only(request.GET, params)
        response = self.get_response(request)
        if getattr(request, "page_cache_allowed", False):
            response["X-Page-Cache"] = "miss"
            if _storable_response(request, response):
                # Bytes and headers only: small to pickle, and the same for every backend.
                headers = {name: value for name, value in response.items() if name != "X-Page-Cache"}
                cache.set(key, (state["generation"], response.content, headers), _timeout(state))
        return response


def generation_cached(name, compute, *, varies_with=None):
    """Return compute()'s value, kept until content next changes (for data every page shows).

    varies_with (any value with a stable repr, such as what a reader typed) is hashed into the
    key, so that one name can keep one value per query without the text reaching the cache key.
    """
    if varies_with is not None:
        name = f"{name}:{hashlib.blake2b(repr(varies_with).encode(), digest_size=16).hexdigest()}"
    key = f"pagecache:data:{name}:{current_state()['generation']}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS or 300)
    return value
