"""Visit statistics for the footer: online now, today, in total.

A visit is counted from a signed cookie that holds only the local day and the
five-minute slot of the visitor's last counted page: no IP address, no session
row, no identifier. A browser that drops cookies is remembered for a while under
an anonymous key (a hash of its address and User-Agent with a salt of the day,
core/caching/counters.py), so a loop of cookie-less requests is one visitor, not thousands.
The counters gather in the cache and reach the database at most once every few
seconds each, never on every hit.
"""

import datetime
import functools

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from cms.models import ActiveVisitors, DailyVisits
from cms.visitors import is_bot
from core.caching import counters

COOKIE = "luot_truy_cap"
COOKIE_SALT = "cms.visits"
SLOT_MINUTES = 5
STATS_CACHE_KEY = "cms:visit-stats"
STATS_CACHE_SECONDS = 60
# How long a reader without cookies is remembered by its anonymous key.
REMEMBER_SECONDS = 30 * 60
IGNORED_PREFIXES = ("/admin/", "/static/", "/media/", "/healthz", "/bien-tap/")


def slot_start(now):
    """Return the start of the five-minute slot holding now."""
    return now.replace(minute=now.minute - now.minute % SLOT_MINUTES, second=0, microsecond=0)


def current_period(now):
    """Return (local day, slot start) at now (the day is worked out once per day, core.caching.counters.local_day)."""
    return counters.local_day(now), slot_start(now)


def _bump(model, lookup, field, amount=1):
    """Add amount to a counter row, creating it if needed; return True if this call created it."""
    if model.objects.filter(**lookup).update(**{field: F(field) + amount}):
        return False
    try:
        with transaction.atomic():
            model.objects.create(**lookup, **{field: amount})
    except IntegrityError:
        # Another request created the row first.
        model.objects.filter(**lookup).update(**{field: F(field) + amount})
        return False
    return True


def _write_day(day, amount):
    _bump(DailyVisits, {"day": day}, "visits", amount)


def _write_slot(slot, amount):
    # The first write of a slot clears the old slots.
    if _bump(ActiveVisitors, {"slot": slot}, "visitors", amount):
        ActiveVisitors.objects.filter(slot__lt=slot - datetime.timedelta(hours=1)).delete()


def _count(name, write, previous_name, previous_write):
    if counters.add(name, write=write):
        # What the previous day or slot still held gets written with the first flush of the new one.
        counters.flush(previous_name, write=previous_write)


def record_visit(*, last_seen, now, remembered=""):
    """Count the visitor whose cookie (or memory) says last_seen ("day|slot" or ""); return the new value."""
    day, slot = current_period(now)
    seen = [value.partition("|") for value in (last_seen or "", remembered or "")]
    if day.isoformat() not in {seen_day for seen_day, _sep, _slot in seen}:
        yesterday = day - datetime.timedelta(days=1)
        _count(f"visits:day:{day}", functools.partial(_write_day, day),
               f"visits:day:{yesterday}", functools.partial(_write_day, yesterday))
    if slot.isoformat() not in {seen_slot for _day, _sep, seen_slot in seen}:
        before = slot - datetime.timedelta(minutes=SLOT_MINUTES)
        _count(f"visits:slot:{slot.isoformat()}", functools.partial(_write_slot, slot),
               f"visits:slot:{before.isoformat()}", functools.partial(_write_slot, before))
    return f"{day.isoformat()}|{slot.isoformat()}"


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
            now = timezone.now()
            last_seen = counters.get_signed_cookie(request, COOKIE, salt=COOKIE_SALT)
            memory = f"visits:seen:{counters.visitor_key(request, now)}"
            day, slot = current_period(now)
            current = f"{day.isoformat()}|{slot.isoformat()}"
            # A reader this process counted in this slot already: no cache round trip at all.
            remembered = counters.memo.get(memory)
            if remembered != current:
                remembered = cache.get(memory, "")
            value = record_visit(last_seen=last_seen, now=now, remembered=remembered)
            if value != remembered:
                cache.set(memory, value, REMEMBER_SECONDS)
            counters.memo.set(memory, value, REMEMBER_SECONDS)
            # A reader the memory knows for this slot already was handed the cookie then; one that
            # sent none back drops cookies, and is not handed it on every page.
            if value != last_seen and value != remembered:
                counters.set_signed_cookie(response, COOKIE, value, salt=COOKIE_SALT, max_age=86400, httponly=True,
                                           samesite="Lax", secure=request.is_secure())
        return response
