"""The user's secret iCal feed: its page (show, revoke, regenerate) and the feed itself."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from youth.exports.calendar_ics import build_calendar
from youth.models import CalendarToken
from youth.permissions import visible_meetings, visible_tasks


@login_required
def calendar_settings(request):
    token = CalendarToken.objects.filter(user=request.user).first()
    if request.method == "POST":
        action = request.POST.get("action")
        CalendarToken.objects.filter(user=request.user).delete()
        if action == "regenerate":
            CalendarToken.objects.create(user=request.user)
            messages.success(request, _("A new calendar address was made; the old one no longer works."))
        else:
            messages.success(request, _("The calendar address was revoked."))
        return redirect("youth:calendar")
    feed_url = request.build_absolute_uri(token.get_absolute_url()) if token else None
    return render(request, "youth/calendar.html", {"token": token, "feed_url": feed_url})


def calendar_feed(request, token):
    """Serve the feed to whoever holds the secret address; a calendar app cannot log in."""
    row = CalendarToken.objects.select_related("user").filter(token=token).first()
    if row is None or not row.user.is_active:
        raise Http404
    user = row.user
    meetings = visible_meetings(user)
    tasks = visible_tasks(user).active().filter(deadline__isnull=False).select_related("lead_person", "lead_unit")
    content = build_calendar(meetings=meetings, tasks=tasks, name=_("Work calendar"))
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    return response
