"""The public schedule as an iCalendar feed (RFC 5545, built with icalendar)."""

import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar

from core.dates.localtime import local_day_start
from core.syndication.calendars import CleanEvent
from schedule.week import iso_week, items_between

DEFAULT_LENGTH = datetime.timedelta(hours=2)


def build_calendar(*, start, end):
    """Return the .ics bytes of the public items between the local days start and end."""
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0] or "localhost"
    stamp = timezone.now()
    calendar = Calendar()
    calendar.add("prodid", "-//THADS Thanh Hoa//Lich cong tac//VI")
    calendar.add("version", "2.0")
    with translation.override(settings.LANGUAGE_CODE):
        calendar.add("x-wr-calname", _("Leaders' work schedule"))
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
        for item in items_between(local_day_start(start), local_day_start(end)):
            event = CleanEvent()
            event.add("uid", f"schedule-{item.uid}@{host}")
            event.add("dtstamp", stamp)
            event.add("summary", item.content.splitlines()[0][:200] if item.content else "")
            event.add("dtstart", item.starts_at)
            event.add("dtend", item.ends_at or item.starts_at + DEFAULT_LENGTH)
            if item.place:
                event.add("location", item.place)
            lines = [item.content]
            if item.chair:
                lines.append(_("Chair: %(name)s") % {"name": item.chair})
            if item.participants:
                lines.append(_("Participants: %(names)s") % {"names": item.participants})
            if item.preparing_unit:
                lines.append(_("Preparing unit: %(unit)s") % {"unit": item.preparing_unit})
            if item.revised_at:
                lines.append(_("(changed at %(time)s)") % {
                    "time": timezone.localtime(item.revised_at).strftime("%H:%M %d/%m/%Y")})
                event.add("last-modified", item.revised_at)
            event.add("description", "\n".join(lines))
            monday = timezone.localdate(item.starts_at)
            monday -= datetime.timedelta(days=monday.weekday())
            event.add("url", f"{settings.SITE_URL}{reverse('schedule:week')}?tuan={iso_week(monday)}")
            calendar.add_component(event)
    return calendar.to_ical()
