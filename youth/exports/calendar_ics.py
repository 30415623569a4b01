"""An iCalendar feed of meetings and task deadlines (RFC 5545, built with icalendar)."""

import datetime

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar

from core.syndication.calendars import CleanEvent

# A meeting with no end time is shown as lasting this long.
DEFAULT_MEETING_LENGTH = datetime.timedelta(hours=2)


def build_calendar(*, meetings, tasks, name):
    """Return the .ics bytes for the meetings and the deadlines of the tasks."""
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0] or "localhost"
    stamp = timezone.now()
    calendar = Calendar()
    calendar.add("prodid", "-//THADS Thanh Hoa//Cong viec//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    with translation.override(settings.LANGUAGE_CODE):
        for meeting in meetings:
            event = CleanEvent()
            event.add("uid", f"meeting-{meeting.pk}@{host}")
            event.add("dtstamp", stamp)
            event.add("summary", meeting.title)
            event.add("dtstart", meeting.starts_at)
            event.add("dtend", meeting.ends_at or meeting.starts_at + DEFAULT_MEETING_LENGTH)
            if meeting.place:
                event.add("location", meeting.place)
            event.add("url", settings.SITE_URL + meeting.get_absolute_url())
            calendar.add_component(event)
        for task in tasks:
            if task.deadline is None:
                continue
            event = CleanEvent()
            event.add("uid", f"task-{task.pk}@{host}")
            event.add("dtstamp", stamp)
            event.add("summary", _("Deadline: %(title)s") % {"title": task.title})
            event.add("dtstart", task.deadline)
            event.add("dtend", task.deadline + datetime.timedelta(days=1))
            event.add("description", _("Lead: %(lead)s") % {"lead": task.lead_label})
            event.add("url", settings.SITE_URL + task.get_absolute_url())
            calendar.add_component(event)
    return calendar.to_ical()
