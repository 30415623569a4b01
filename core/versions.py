"""Readable line differences between two versions of a record, shared by articles and tasks."""

import difflib

CONTEXT_LINES = 2


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


def compare(old, new, *, fields, lines_of):
    """Return one entry per (field, label): its label, whether it changed, and the diff rows.

    lines_of(obj, field) gives the readable lines of one field of either version.
    """
    result = []
    for field, label in fields:
        before, after = lines_of(old, field), lines_of(new, field)
        changed = before != after
        result.append({"field": field, "label": label, "changed": changed,
                       "rows": diff_lines(before, after) if changed else []})
    return result
