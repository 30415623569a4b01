"""Article view counts: once per visitor per day, robots ignored, no write lock per hit.

The visitor's browser keeps a signed cookie listing the ids of the articles it has
been counted for today; a new id costs one atomic UPDATE ... SET view_count =
view_count + 1, and nothing about the visitor is stored on the server.

Counting happens in a middleware outside the page cache (cms/pagecache.py), so a page
served from the cache is counted too: the article view marks its response with the
article's id in a header, which the cache keeps with the page and this middleware
removes before the response leaves.
"""

from django.db.models import F
from django.utils import timezone

from cms.visitors import is_bot
from news.models import Article

COOKIE = "tin_da_xem"
COOKIE_SALT = "news.viewcounts"
MAX_REMEMBERED = 300


def _seen_today(request, today):
    value = request.get_signed_cookie(COOKIE, default="", salt=COOKIE_SALT)
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
    today = timezone.localdate().isoformat()
    seen = _seen_today(request, today)
    if article_pk in seen:
        return False
    Article.objects.filter(pk=article_pk).update(view_count=F("view_count") + 1)
    seen = [*seen, article_pk][-MAX_REMEMBERED:]
    response.set_signed_cookie(COOKIE, f"{today}:{','.join(map(str, seen))}", salt=COOKIE_SALT, max_age=86400,
                               httponly=True, samesite="Lax", secure=request.is_secure())
    return True


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
