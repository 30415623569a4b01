"""Working days: Monday to Friday (public holidays are not modelled; staff adjust a due date by hand)."""

import datetime

SATURDAY = 5


def is_working_day(day):
    """Return True if day is a Monday to Friday."""
    return day.weekday() < SATURDAY


def add_working_days(start, days):
    """Return the date `days` working days after start (start itself not counted)."""
    day = start
    remaining = days
    while remaining > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start, end):
    """Return the working days after start up to end included (negative if end is before start)."""
    if end < start:
        return -working_days_between(end, start)
    count, day = 0, start
    while day < end:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
