"""The database annotation gives the same answer as the pure rules."""

import datetime

import pytest

from youth.models import Task
from youth.tests.factories import make_task
from youth.timeliness import derive

TODAY = datetime.date(2024, 5, 10)
OFFSETS = [None, -30, -1, 0, 1, 3, 4, 30]


@pytest.mark.django_db
def test_annotation_matches_the_pure_function():
    start = TODAY - datetime.timedelta(days=60)
    for deadline_offset in OFFSETS:
        deadline = TODAY + datetime.timedelta(days=deadline_offset) if deadline_offset is not None else None
        for completed_offset in (None, -2, 0, 2):
            completed = TODAY + datetime.timedelta(days=completed_offset) if completed_offset is not None else None
            make_task(deadline=deadline, completed_on=completed, start_date=start)
    rows = Task.objects.with_timeliness(TODAY)
    assert rows.count() == len(OFFSETS) * 4
    for task in rows:
        assert task.timeliness_value == derive(deadline=task.deadline, completed_on=task.completed_on, today=TODAY)


@pytest.mark.django_db
def test_by_urgency_puts_overdue_first():
    later = make_task(deadline=TODAY + datetime.timedelta(days=20))
    none = make_task(deadline=None)
    overdue = make_task(deadline=TODAY - datetime.timedelta(days=1))
    soon = make_task(deadline=TODAY + datetime.timedelta(days=2))
    ordered = list(Task.objects.with_timeliness(TODAY).by_urgency())
    assert ordered == [overdue, soon, later, none]
