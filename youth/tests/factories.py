"""Small builders for youth rows: only what a test names differs from the default."""

import datetime
import itertools

from django.utils import timezone

from core.testing.factories import make_user
from organisation.tests.factories import make_person, make_unit
from youth.models import LEADERS_GROUP, Meeting, Target, Task

_numbers = itertools.count(1)


def make_work_user(*, leader=False, unit=None, person=True, email="", username=None):
    """Create a login of the work area (not staff), linked to a staff record in `unit` unless person=False."""
    n = next(_numbers)
    user = make_user(LEADERS_GROUP if leader else None, username=f"canbo{n}" if username is None else username,
                     email="", is_staff=False, password="mat-khau-dai-123")
    if person:
        make_person(user=user, unit=unit or make_unit(), email=email, full_name=f"Cán bộ {n}")
    return user


def make_meeting(**fields):
    fields.setdefault("title", f"Sinh hoạt chi đoàn tháng {next(_numbers)}")
    fields.setdefault("starts_at", timezone.now())
    fields.setdefault("state", Meeting.State.HELD)
    return Meeting.objects.create(**fields)


def make_task(**fields):
    """Create a task led by a new unit, starting 30 days ago, unless fields say otherwise."""
    fields.setdefault("title", f"Nhiệm vụ số {next(_numbers)}")
    if "lead_person" not in fields and "lead_unit" not in fields:
        fields["lead_unit"] = make_unit()
    fields.setdefault("start_date", timezone.localdate() - datetime.timedelta(days=30))
    return Task.objects.create(**fields)


def make_target(task, **fields):
    fields.setdefault("metric", "Số đội tham gia")
    fields.setdefault("unit", "đội")
    fields.setdefault("target_value", 10)
    return Target.objects.create(task=task, **fields)


def days(n):
    """Return the local date n days from today."""
    return timezone.localdate() + datetime.timedelta(days=n)
