import datetime

from django import template
from django.utils import timezone
from django.utils.html import format_html

from youth.models import TIMELINESS_LABELS

register = template.Library()


@register.simple_tag
def timeliness_badge(task, today):
    """Render the derived timeliness of a task as a coloured label."""
    value = task.timeliness(today)
    return format_html('<span class="badge badge-{}">{}</span>', task.colour(today), TIMELINESS_LABELS[value])


@register.filter
def label_on(person, moment):
    """Return "Name – titles" as they were on the day of moment (a date or a time): a record speaks of its day."""
    if person is None or person == "":
        return ""
    if isinstance(moment, datetime.datetime):
        moment = timezone.localdate(moment)
    return person.label_on(moment or None)
