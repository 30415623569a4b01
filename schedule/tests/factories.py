"""Small builders for the schedule: only what a test names differs from the default."""

import datetime

from django.utils import timezone

from schedule.models import Entry


def at(year, month, day, hour=8, minute=0):
    """Return an aware local datetime (Asia/Ho_Chi_Minh)."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def make_entry(**fields):
    """Create a published entry on Friday 31/03/2023 at 08:00 unless fields say otherwise."""
    fields.setdefault("starts_at", at(2023, 3, 31, 8))
    fields.setdefault("content", "Họp giao ban Lãnh đạo Cục")
    fields.setdefault("is_published", True)
    return Entry.objects.create(**fields)
