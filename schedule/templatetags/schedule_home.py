"""The home page's box of this week's schedule, from today to Sunday."""

import datetime

from django import template
from django.utils import timezone

from core.dates.localtime import local_day_start
from schedule.week import items_between

register = template.Library()
SHOWN = 8


@register.inclusion_tag("schedule/includes/this_week.html")
def this_week_schedule():
    today = timezone.localdate()
    next_monday = today + datetime.timedelta(days=7 - today.weekday())
    items = items_between(local_day_start(today), local_day_start(next_monday))
    return {"items": items[:SHOWN], "more": len(items) > SHOWN}
