"""What a task's edit form shows of a task, and what changed between two such readings (edit conflicts)."""

from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core import versions
from youth.models import Task

SALT = "youth.task-edit-base"
SCALAR_FIELDS = ["title", "group", "order", "description", "meeting", "assigner", "lead_unit", "lead_person",
                 "start_date", "deadline", "priority"]
MANY_FIELDS = ["coordinating_units", "followers"]


def _label(name):
    return capfirst(Task._meta.get_field(name).verbose_name)


def compared_fields():
    """Return [(field, label)] in the order of the edit form."""
    return ([(name, _label(name)) for name in SCALAR_FIELDS[:8]] + [(name, _label(name)) for name in MANY_FIELDS]
            + [(name, _label(name)) for name in SCALAR_FIELDS[8:]] + [("targets", _("Quantified targets"))])


def _lines(value):
    if value is None or value == "":
        return []
    if hasattr(value, "strftime"):
        return [value.strftime("%d/%m/%Y")]
    return [line.strip() for line in str(value).splitlines() if line.strip()]


def snapshot(task):
    """Return {field: [readable lines]} of what the edit form shows of the stored task."""
    lines = {name: _lines(getattr(task, name)) for name in SCALAR_FIELDS}
    lines["priority"] = [str(task.get_priority_display())]
    for name in MANY_FIELDS:
        lines[name] = sorted(str(item) for item in getattr(task, name).all())
    lines["targets"] = [
        " ".join(part for part in (f"{target.metric}:", "" if target.target_value is None
                                   else f"{target.target_value.normalize():f}", target.unit) if part)
        for target in task.targets.all()
    ]
    return lines


def sign(lines):
    """Return the snapshot as a tamper-proof token for a hidden field."""
    return signing.dumps(lines, salt=SALT, compress=True)


def unsign(token):
    """Return the snapshot a token carries, or None when it is missing or was altered."""
    try:
        return signing.loads(token or "", salt=SALT)
    except signing.BadSignature:
        return None


def changes(before, after):
    """Return the fields that differ between two snapshots, with their diff rows (core.versions.compare)."""
    entries = versions.compare(before, after, fields=compared_fields(),
                               lines_of=lambda lines, name: list(lines.get(name, [])))
    return [entry for entry in entries if entry["changed"]]


def conflict_details(*, base_token, current):
    """Return what changed in the stored task since the form whose snapshot token is base_token was opened."""
    before = unsign(base_token)
    return {"changes": changes(before if before is not None else {}, snapshot(current)),
            "against_nothing": before is None, "at": current.updated_at}


def note_conflict(form, *, current):
    """Set form.conflict, renew the form's tokens to the stored task, and return the refusal to show.

    The next save from the re-shown form then knowingly replaces what the user has now seen.
    """
    form.conflict = conflict_details(base_token=form.data.get(form.add_prefix("base_values")), current=current)
    form.data = form.data.copy()
    form.data[form.add_prefix("base_revision")] = current.revision
    form.data[form.add_prefix("base_values")] = sign(snapshot(current))
    return ValidationError(
        _("Someone else saved this task after you opened it (see what changed below). Your changes are kept "
          "in the form and have not been saved: merge them with theirs if needed, then save again."),
        code="conflict")
