"""The timeliness rules as pure functions, at a frozen day, on both sides of each boundary."""

import datetime

import pytest

from youth.timeliness import DUE_SOON_DAYS, URGENCY, Timeliness, colour, days_left, derive

TODAY = datetime.date(2024, 5, 10)


def at(offset):
    return TODAY + datetime.timedelta(days=offset)


@pytest.mark.parametrize(("deadline", "expected"), [
    (None, Timeliness.NO_DEADLINE),
    (at(DUE_SOON_DAYS + 1), Timeliness.ON_TIME),
    (at(DUE_SOON_DAYS), Timeliness.DUE_SOON),
    (at(1), Timeliness.DUE_SOON),
    (at(0), Timeliness.DUE_SOON),
    (at(-1), Timeliness.OVERDUE),
    (at(-400), Timeliness.OVERDUE),
])
def test_open_task(deadline, expected):
    assert derive(deadline=deadline, completed_on=None, today=TODAY) == expected


@pytest.mark.parametrize(("deadline", "completed_on", "expected"), [
    (at(0), at(-1), Timeliness.DONE_ON_TIME),
    (at(0), at(0), Timeliness.DONE_ON_TIME),
    (at(0), at(1), Timeliness.DONE_LATE),
    (at(-10), at(-9), Timeliness.DONE_LATE),
    (None, at(-3), Timeliness.DONE_ON_TIME),
])
def test_completed_task_is_judged_on_its_completion_day(deadline, completed_on, expected):
    assert derive(deadline=deadline, completed_on=completed_on, today=TODAY) == expected


def test_completion_does_not_change_with_the_day_it_is_seen():
    for today in (at(-5), at(0), at(300)):
        assert derive(deadline=at(0), completed_on=at(1), today=today) == Timeliness.DONE_LATE


def test_the_day_after_the_deadline_is_the_first_overdue_day():
    deadline = at(0)
    assert derive(deadline=deadline, completed_on=None, today=deadline) == Timeliness.DUE_SOON
    assert derive(deadline=deadline, completed_on=None, today=deadline + datetime.timedelta(days=1)) == (
        Timeliness.OVERDUE
    )


@pytest.mark.parametrize(("timeliness", "started", "expected"), [
    (Timeliness.OVERDUE, True, "red"),
    (Timeliness.OVERDUE, False, "red"),
    (Timeliness.DUE_SOON, True, "orange"),
    (Timeliness.DONE_LATE, True, "orange"),
    (Timeliness.DONE_ON_TIME, True, "green"),
    (Timeliness.ON_TIME, True, "blue"),
    (Timeliness.ON_TIME, False, "grey"),
    (Timeliness.NO_DEADLINE, True, "grey"),
])
def test_colours(timeliness, started, expected):
    assert colour(timeliness, started=started) == expected


def test_days_left():
    assert days_left(deadline=at(3), today=TODAY) == 3
    assert days_left(deadline=at(-2), today=TODAY) == -2
    assert days_left(deadline=None, today=TODAY) is None


def test_urgency_lists_every_value_once_overdue_first():
    assert sorted(URGENCY) == sorted(Timeliness)
    assert URGENCY[0] == Timeliness.OVERDUE
