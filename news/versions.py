"""Readable differences between two versions of an article (title, summary, body text, byline)."""

import difflib

from django.utils.translation import gettext_lazy as _

from cms.text import plain_text

COMPARED_FIELDS = [
    ("title", _("Title")),
    ("summary", _("Summary")),
    ("body", _("Body")),
    ("byline", _("Byline")),
]
CONTEXT_LINES = 2


def text_lines(obj, field):
    """Return the readable lines of one field of an article or one of its versions."""
    value = getattr(obj, field, "") or ""
    if field == "body":
        return plain_text(value).splitlines()
    return [line.strip() for line in value.splitlines() if line.strip()]


def diff_lines(old, new):
    """Return [(kind, text)] with kind "same", "removed", "added" or "gap", context trimmed."""
    rows = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for index, group in enumerate(matcher.get_grouped_opcodes(CONTEXT_LINES)):
        if index or (group and (group[0][1] > 0 or group[0][3] > 0)):
            rows.append(("gap", "…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                rows.extend(("same", line) for line in old[i1:i2])
                continue
            rows.extend(("removed", line) for line in old[i1:i2])
            rows.extend(("added", line) for line in new[j1:j2])
    return rows


def compare(old, new):
    """Return one entry per compared field: its label, whether it changed, and the diff rows."""
    result = []
    for field, label in COMPARED_FIELDS:
        before, after = text_lines(old, field), text_lines(new, field)
        changed = before != after
        result.append({"field": field, "label": label, "changed": changed,
                       "rows": diff_lines(before, after) if changed else []})
    return result
