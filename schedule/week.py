"""The week shown: which week a request asks for, and its rows per day and half-day.

Pure helpers (parse_week, week_bounds, half_of) hold the rules; build_week() reads the
published entries and the public meetings of the week in two queries.
"""

import dataclasses
import datetime
import re

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.dates.localtime import local_day_start

ISO_WEEK_RE = re.compile(r"^(\d{4})-W(\d{1,2})$", re.IGNORECASE)
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y")
NOON = datetime.time(12, 0)


class WeekError(ValueError):
    """A week that cannot be shown; the message is in Vietnamese, for the reader."""


def parse_week(value, *, today):
    """Return the Monday of the week value names ("2023-W13", "31/03/2023", "2023-03-31"; empty: today's)."""
    value = (value or "").strip()
    if not value:
        day = today
    elif match := ISO_WEEK_RE.match(value):
        year, week = int(match.group(1)), int(match.group(2))
        try:
            return datetime.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise WeekError(_("Week %(week)s does not exist in %(year)s.") % {"week": week, "year": year}) from None
    else:
        for date_format in DATE_FORMATS:
            try:
                day = datetime.datetime.strptime(value, date_format).date()
                break
            except ValueError:
                continue
        else:
            raise WeekError(_("“%(value)s” is not a week. Write a week like 2023-W13 or a date like 31/03/2023.")
                            % {"value": value[:40]})
    if not 1900 <= day.year <= 2200:
        raise WeekError(_("Choose a week between 1900 and 2200."))
    return day - datetime.timedelta(days=day.weekday())


def iso_week(monday):
    """Return the "2023-W13" name of the week starting on monday."""
    year, week, _day = monday.isocalendar()
    return f"{year}-W{week:02d}"


def week_bounds(monday):
    """Return the aware start and end (exclusive) of the local week starting on monday."""
    return local_day_start(monday), local_day_start(monday + datetime.timedelta(days=7))


def half_of(moment):
    """Return "morning" or "afternoon" for an aware datetime, in local time."""
    return "morning" if timezone.localtime(moment).time() < NOON else "afternoon"


@dataclasses.dataclass
class Item:
    """One row of the public schedule, whatever its source."""

    uid: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    content: str
    chair: str
    participants: str
    place: str
    preparing_unit: str
    revised_at: datetime.datetime | None

    @property
    def half(self):
        return half_of(self.starts_at)


def entry_item(entry):
    return Item(uid=f"entry-{entry.pk}", starts_at=entry.starts_at, ends_at=entry.ends_at, content=entry.content,
                chair=entry.chair_label, participants=entry.participants, place=entry.place,
                preparing_unit=entry.preparing_unit_label, revised_at=entry.revised_at)


def meeting_item(meeting):
    """Return the public part of a meeting: Meeting.PUBLIC_SCHEDULE_FIELDS, nothing else.

    The chair is named by the State title held on the meeting's day, the organiser by its name that day.
    """
    from organisation.models import Capacity

    day = timezone.localtime(meeting.starts_at).date()
    return Item(uid=f"meeting-{meeting.pk}", starts_at=meeting.starts_at, ends_at=meeting.ends_at,
                content=meeting.title, chair=meeting.chair.label_on(day, Capacity.STATE) if meeting.chair_id else "",
                participants="", place=meeting.place,
                preparing_unit=meeting.organiser.name_on(day).name if meeting.organiser_id else "",
                revised_at=meeting.schedule_revised_at)


def public_meetings():
    from youth.models import Meeting

    return (Meeting.objects.filter(on_public_schedule=True).select_related("chair", "organiser")
            .only("title", "starts_at", "ends_at", "place", "schedule_revised_at", "chair__full_name",
                  "chair__position", "organiser__name", "organiser__short_name", "organiser__superior_name",
                  "organiser__symbol")
            .prefetch_related("chair__appointments", "organiser__names"))


def items_between(start, end):
    """Return the public items starting in [start, end), in time order."""
    from schedule.models import Entry

    entries = (Entry.objects.published().between(start, end).select_related("chair", "preparing_unit")
               .prefetch_related("chair__appointments", "preparing_unit__names"))
    meetings = public_meetings().filter(starts_at__gte=start, starts_at__lt=end)
    items = [entry_item(entry) for entry in entries] + [meeting_item(meeting) for meeting in meetings]
    return sorted(items, key=lambda item: (item.starts_at, item.uid))


def build_week(monday):
    """Return the seven days of the week: [{"date", "halves": [(label, [items])]}]."""
    start, end = week_bounds(monday)
    by_day = {}
    for item in items_between(start, end):
        by_day.setdefault(timezone.localtime(item.starts_at).date(), []).append(item)
    days = []
    for offset in range(7):
        day = monday + datetime.timedelta(days=offset)
        items = by_day.get(day, [])
        days.append({"date": day, "halves": [
            (pgettext("half of a day", "Morning"), [item for item in items if item.half == "morning"]),
            (pgettext("half of a day", "Afternoon"), [item for item in items if item.half == "afternoon"]),
        ]})
    return days
