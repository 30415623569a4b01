"""Readable differences between two versions of an article (title, summary, body text, byline)."""

from django.utils.translation import gettext_lazy as _

from core import versions
from core.text import plain_text

COMPARED_FIELDS = [
    ("title", _("Title")),
    ("summary", _("Summary")),
    ("body", _("Body")),
    ("byline", _("Byline")),
]


def text_lines(obj, field):
    """Return the readable lines of one field of an article or one of its versions."""
    value = getattr(obj, field, "") or ""
    if field == "body":
        return plain_text(value).splitlines()
    return [line.strip() for line in value.splitlines() if line.strip()]


def compare(old, new):
    """Return one entry per compared field: its label, whether it changed, and the diff rows."""
    return versions.compare(old, new, fields=COMPARED_FIELDS, lines_of=text_lines)
