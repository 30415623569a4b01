"""The public schedule: a week on screen, the same week to print, and an iCal feed."""

import datetime

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.generic import TemplateView

from schedule.ical import build_calendar
from schedule.week import WeekError, build_week, iso_week, parse_week

FEED_WEEKS_BEFORE, FEED_WEEKS_AFTER = 4, 12


class WeekView(TemplateView):
    template_name = "schedule/week.html"

    def get(self, request, *args, **kwargs):
        today = timezone.localdate()
        try:
            monday = parse_week(request.GET.get("tuan") or request.GET.get("ngay"), today=today)
        except WeekError as error:
            return render(request, "schedule/bad_week.html", {"message": str(error)}, status=400)
        return self.render_to_response(self.get_context_data(monday=monday, today=today))

    def get_context_data(self, *, monday, today, **kwargs):
        sunday = monday + datetime.timedelta(days=6)
        return super().get_context_data(
            monday=monday, sunday=sunday, week=iso_week(monday), days=build_week(monday), today=today,
            previous_week=iso_week(monday - datetime.timedelta(days=7)),
            next_week=iso_week(monday + datetime.timedelta(days=7)),
            is_current=monday <= today <= sunday, **kwargs)


class PrintWeekView(WeekView):
    template_name = "schedule/week_print.html"


def ical_feed(request):
    """Return the public schedule from a few weeks back to a few months ahead as iCalendar."""
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    body = build_calendar(start=monday - datetime.timedelta(weeks=FEED_WEEKS_BEFORE),
                          end=monday + datetime.timedelta(weeks=FEED_WEEKS_AFTER))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    return response
