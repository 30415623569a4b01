from django import template
from django.utils.html import format_html

from youth.models import TIMELINESS_LABELS

register = template.Library()


@register.simple_tag
def timeliness_badge(task, today):
    """Render the derived timeliness of a task as a coloured label."""
    value = task.timeliness(today)
    return format_html('<span class="badge badge-{}">{}</span>', task.colour(today), TIMELINESS_LABELS[value])
