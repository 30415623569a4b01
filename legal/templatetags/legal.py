from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from legal.deadlines import rule_for
from legal.models import LegalBasis

register = template.Library()


@register.simple_tag
def bases_in_force(topic, on):
    """Return the bases of a topic in force on a day, the main one first."""
    return list(LegalBasis.objects.for_topic(topic, on=on))


@register.simple_tag
def deadline_rule(topic, on):
    """Return the deadline Rule of a topic on a day, or None."""
    return rule_for(topic, on=on)


@register.simple_tag
def citations(bases):
    """Return the bases cited in one phrase ("A, B and C"), each linked to its source when known."""
    cited = [format_html('<a href="{}" rel="external">{}</a>', basis.source_url, basis.citation)
             if basis.source_url else format_html("{}", basis.citation) for basis in bases]
    if len(cited) <= 1:
        return mark_safe("".join(cited))  # noqa: S308 (each part is escaped above)
    return format_html(_("{listed} and {last}"), listed=mark_safe(", ".join(cited[:-1])), last=cited[-1])
