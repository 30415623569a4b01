"""Derive a task's timeliness from its dates: pure functions, no database, no clock.

Only the workflow state and the dates are stored; on time / due soon / overdue are
read from them at a given day, so a report never goes stale.

Which deadline: always the task's current one (Task.deadline). When a leader extends a
task (youth.services.extend_task), Task.deadline moves to the new date and the old one is
kept in a TaskChange row with the reason. As the department does, an extended task is judged
against the extended deadline: finished before it counts as done on time, not as late
against the original deadline. That it was extended is not hidden: the task page shows the
original deadline and the "Lịch sử điều chỉnh", and lists mark the deadline as extended.
A task already reported complete cannot be extended, so an extension can never turn a
late completion into an on-time one after the fact.
"""

import datetime
from enum import StrEnum

# A task whose deadline is this many days away or fewer is "due soon".
DUE_SOON_DAYS = 3


class Timeliness(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    NO_DEADLINE = "no_deadline"


# Most urgent first: the order lists and dashboards use.
URGENCY = [
    Timeliness.OVERDUE,
    Timeliness.DUE_SOON,
    Timeliness.ON_TIME,
    Timeliness.NO_DEADLINE,
    Timeliness.DONE_LATE,
    Timeliness.DONE_ON_TIME,
]

DONE = frozenset({Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE})


def derive(*, deadline: datetime.date | None, completed_on: datetime.date | None,
           today: datetime.date) -> Timeliness:
    """Return the timeliness of a task with these dates, seen on `today`."""
    if completed_on is not None:
        if deadline is None or completed_on <= deadline:
            return Timeliness.DONE_ON_TIME
        return Timeliness.DONE_LATE
    if deadline is None:
        return Timeliness.NO_DEADLINE
    if today > deadline:
        return Timeliness.OVERDUE
    if (deadline - today).days <= DUE_SOON_DAYS:
        return Timeliness.DUE_SOON
    return Timeliness.ON_TIME


def colour(timeliness: Timeliness, *, started: bool) -> str:
    """Return the colour name used for a task: red, orange, green, blue or grey."""
    if timeliness == Timeliness.OVERDUE:
        return "red"
    if timeliness in (Timeliness.DUE_SOON, Timeliness.DONE_LATE):
        return "orange"
    if timeliness == Timeliness.DONE_ON_TIME:
        return "green"
    if timeliness == Timeliness.ON_TIME and started:
        return "blue"
    return "grey"


def days_left(*, deadline: datetime.date | None, today: datetime.date) -> int | None:
    """Return the days until the deadline (negative when past), or None without one."""
    if deadline is None:
        return None
    return (deadline - today).days
