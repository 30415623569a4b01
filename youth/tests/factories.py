"""Small builders for youth rows: only what a test names differs from the default."""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from organisation.tests.factories import make_person, make_unit
from youth.models import LEADERS_GROUP, Meeting, Target, Task

_numbers = itertools.count(1)


def make_user(*, leader=False, unit=None, person=True, email="", **fields):
    """Create a login, linked to a staff record in `unit` unless person=False."""
    n = next(_numbers)
    user = get_user_model().objects.create_user(fields.pop("username", f"canbo{n}"), password="mat-khau-dai-123")
    if leader:
        user.groups.add(Group.objects.get(name=LEADERS_GROUP))
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
