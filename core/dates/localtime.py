"""Local days: the site's days start at midnight in Asia/Ho_Chi_Minh, not in UTC."""

import datetime

from django.utils import timezone


def local_day_start(day):
    """Return the aware datetime of local midnight at the start of day."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
