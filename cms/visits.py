"""Visit statistics for the footer: online now, today, in total.

A visit is counted from a signed cookie that holds only the local day and the
five-minute slot of the visitor's last counted page: no IP address, no session
row, no identifier. The counters are bumped with atomic UPDATEs, once per visitor
per day and once per visitor per slot, never on every hit.
"""

import datetime

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from cms.models import ActiveVisitors, DailyVisits
from cms.visitors import is_bot

COOKIE = "luot_truy_cap"
COOKIE_SALT = "cms.visits"
SLOT_MINUTES = 5
STATS_CACHE_KEY = "cms:visit-stats"
STATS_CACHE_SECONDS = 60
IGNORED_PREFIXES = ("/admin/", "/static/", "/media/", "/healthz", "/bien-tap/")


def slot_start(now):
    """Return the start of the five-minute slot holding now."""
    return now.replace(minute=now.minute - now.minute % SLOT_MINUTES, second=0, microsecond=0)


def _bump(model, lookup, field):
    """Add one to a counter row, creating it if needed; return True if this call created it."""
    if model.objects.filter(**lookup).update(**{field: F(field) + 1}):
        return False
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **{field: 1})
    except IntegrityError:
        # Another request created the row first.
        model.objects.filter(**lookup).update(**{field: F(field) + 1})
        return False
    return True


def record_visit(*, last_seen, now):
    """Count the visitor whose cookie says last_seen ("day|slot" or ""); return the new cookie value."""
    day, slot = timezone.localdate(now).isoformat(), slot_start(now)
    seen_day, _sep, seen_slot = (last_seen or "").partition("|")
    if seen_day != day:
        _bump(DailyVisits, {"day": day}, "visits")
    # The first visitor of a slot clears the old slots.
    if seen_slot != slot.isoformat() and _bump(ActiveVisitors, {"slot": slot}, "visitors"):
        ActiveVisitors.objects.filter(slot__lt=slot - datetime.timedelta(hours=1)).delete()
    return f"{day}|{slot.isoformat()}"


def visit_stats(now=None):
    """Return {"online", "today", "total"}, cached for a minute."""
    stats = cache.get(STATS_CACHE_KEY)
    if stats is None:
        now = now or timezone.now()
        slot = slot_start(now)
        recent = ActiveVisitors.objects.filter(slot__gte=slot - datetime.timedelta(minutes=SLOT_MINUTES))
        today = DailyVisits.objects.filter(day=timezone.localdate(now)).values_list("visits", flat=True).first()
        stats = {
            "online": max(recent.values_list("visitors", flat=True), default=0),
            "today": today or 0,
            "total": DailyVisits.objects.aggregate(total=Sum("visits"))["total"] or 0,
        }
        cache.set(STATS_CACHE_KEY, stats, STATS_CACHE_SECONDS)
    return stats


class VisitCounterMiddleware:
    """Count public HTML pages seen by people (robots and the admin are left out)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method == "GET"
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith(IGNORED_PREFIXES)
            and not is_bot(request.headers.get("User-Agent"))
        ):
            last_seen = request.get_signed_cookie(COOKIE, default="", salt=COOKIE_SALT)
            value = record_visit(last_seen=last_seen, now=timezone.now())
            if value != last_seen:
                response.set_signed_cookie(COOKIE, value, salt=COOKIE_SALT, max_age=86400, httponly=True,
                                           samesite="Lax", secure=request.is_secure())
        return response
