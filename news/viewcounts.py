"""Article view counts: once per visitor per day, robots ignored, no write per hit.

The visitor's browser keeps a signed cookie listing the ids of the articles it has
been counted for today. A browser that drops or replays cookies is also remembered
per article for REMEMBER_SECONDS under an anonymous key (address and User-Agent
hashed with a salt of the day, core/caching/counters.py), so a loop of cookie-less requests
is one view. Views gather in the cache and reach the database as one
UPDATE ... SET view_count = view_count + n at most every few seconds per article.

Counting happens in a middleware outside the page cache (core/caching/pagecache.py), so a page
served from the cache is counted too: the article view marks its response with the
article's id in a header, which the cache keeps with the page and this middleware
removes before the response leaves.
"""

import functools

from django.core.cache import cache
from django.db.models import F

from cms.visitors import is_bot
from core.caching import counters
from news.models import Article

COOKIE = "tin_da_xem"
COOKIE_SALT = "news.viewcounts"
MAX_REMEMBERED = 300
# How long one address and browser count once per article, whatever their cookies say.
REMEMBER_SECONDS = 30 * 60


def _seen_today(request, today):
    value = counters.get_signed_cookie(request, COOKIE, salt=COOKIE_SALT)
    day, _sep, ids = value.partition(":")
    if day != today:
        return []
    return [int(pk) for pk in ids.split(",") if pk.isdigit()]


ARTICLE_HEADER = "X-Counted-Article"


def mark_for_counting(response, article):
    """Ask ViewCountMiddleware to count this response as a reading of article."""
    response[ARTICLE_HEADER] = str(article.pk)


def count_view(request, response, article_pk):
    """Add one view to the article unless this visitor was counted for it today or is a robot."""
    if is_bot(request.headers.get("User-Agent")):
        return False
    today = counters.local_day().isoformat()
    seen = _seen_today(request, today)
    if article_pk in seen:
        return False
    seen_key = f"views:seen:{counters.visitor_key(request)}:{article_pk}"
    # This process counted this reader for this article already: no cache round trip.
    if counters.memo.get(seen_key):
        return False
    added = cache.add(seen_key, 1, REMEMBER_SECONDS)
    counters.memo.set(seen_key, True, REMEMBER_SECONDS)
    if not added:
        # Counted by the memory, not the cookie: a browser that sent none dropped the one it was
        # given (a script, a cookie-less crawler), so it is not handed the same cookie again.
        return False
    counters.add(f"views:{article_pk}", write=functools.partial(_write_views, article_pk))
    seen = [*seen, article_pk][-MAX_REMEMBERED:]
    counters.set_signed_cookie(response, COOKIE, f"{today}:{','.join(map(str, seen))}", salt=COOKIE_SALT,
                               max_age=86400, httponly=True, samesite="Lax", secure=request.is_secure())
    return True


def flush_views(article_pk):
    """Write the views of article_pk still gathering in the cache; return how many."""
    return counters.flush(f"views:{article_pk}", write=functools.partial(_write_views, article_pk))


def _write_views(article_pk, amount):
    # view_count is exempt from page-cache invalidation: a reading does not empty the cache.
    Article.objects.filter(pk=article_pk).update(view_count=F("view_count") + amount)


class ViewCountMiddleware:
    """Count the readings the article view marked, cached or not."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        article_pk = response.get(ARTICLE_HEADER)
        if article_pk is not None:
            del response[ARTICLE_HEADER]
        if article_pk and request.method == "GET" and response.status_code == 200:
            count_view(request, response, int(article_pk))
        return response
