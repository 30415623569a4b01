"""Article view counts: once per visitor per day, robots ignored, no write lock per hit.

The visitor's browser keeps a signed cookie listing the ids of the articles it has
been counted for today; a new id costs one atomic UPDATE ... SET view_count =
view_count + 1, and nothing about the visitor is stored on the server.
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


def count_view(request, response, article):
    """Add one view to article unless this visitor was counted for it today or is a robot."""
    if is_bot(request.headers.get("User-Agent")):
        return False
    today = timezone.localdate().isoformat()
    seen = _seen_today(request, today)
    if article.pk in seen:
        return False
    Article.objects.filter(pk=article.pk).update(view_count=F("view_count") + 1)
    article.view_count += 1
    seen = [*seen, article.pk][-MAX_REMEMBERED:]
    response.set_signed_cookie(COOKIE, f"{today}:{','.join(map(str, seen))}", salt=COOKIE_SALT, max_age=86400,
                               httponly=True, samesite="Lax", secure=request.is_secure())
    return True
