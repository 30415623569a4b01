"""Parts the meeting papers share: times, the task table, recipients from the attendees' units."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from docx.enum.text import WD_ALIGN_PARAGRAPH

from youth.exports.docx_common import (
    cell_text,
    fixed_table,
    keep_row_on_one_page,
    local,
    repeat_as_header,
    set_widths,
    text_width_mm,
)
from youth.exports.identity import for_report, is_upper_body

BLANK = "……"
# Widths (mm) of the number, lead and deadline columns; the task text takes the rest of the line.
NUMBER_COLUMN, LEAD_COLUMN, DEADLINE_COLUMN = 15, 42, 27


def time_of(moment):
    """Return "08 giờ 00, ngày 31/03/2023" or blanks to fill by hand."""
    if moment is None:
        return f"{BLANK} " + _("hours") + f" {BLANK}, " + _("day") + f" {BLANK}"
    moment = local(moment)
    return _("%(hour)s h %(minute)s, on %(date)s") % {
        "hour": f"{moment.hour:02d}", "minute": f"{moment.minute:02d}",
        "date": f"{moment.day:02d}/{moment.month:02d}/{moment.year}",
    }


def meeting_tasks(meeting):
    """Return the meeting's tasks still in force, with what the papers show."""
    return list(meeting.tasks.active().select_related("lead_person", "lead_unit")
                .prefetch_related("lead_unit__names", "coordinating_units__names", "targets"))


def task_text(task):
    """Return the task as one cell: group, title, targets."""
    text = f"{task.group}: {task.title}" if task.group else task.title
    targets = [f"{t.metric}: {number(t.target_value)} {t.unit}".strip() for t in task.targets.all()]
    if targets:
        text += " (" + _("targets") + ": " + "; ".join(targets) + ")"
    return text


def lead_text(task, on=None):
    """Return the lead, then the coordinating units on a line of their own, units by their names on the day `on`."""
    coordinating = ", ".join(unit.name_on(on).name for unit in task.coordinating_units.all())
    leads = [task.lead_unit.name_on(on).name if task.lead_unit_id else "",
             task.lead_person.full_name if task.lead_person_id else ""]
    lead = " – ".join(part for part in leads if part) or BLANK
    return f"{lead}\n" + _("Coordinating: %(units)s") % {"units": coordinating} if coordinating else lead


def task_table(document, tasks, *, size, on=None):
    """Add the task table: sensible widths, the header row repeated on every page."""
    width = text_width_mm(document)
    widths = [NUMBER_COLUMN, width - NUMBER_COLUMN - LEAD_COLUMN - DEADLINE_COLUMN, LEAD_COLUMN, DEADLINE_COLUMN]
    table = fixed_table(document, widths, grid=True)
    header = table.rows[0]
    titles = [pgettext("table column", "No."), _("Task"), _("Lead"), _("Deadline")]
    for cell, text in zip(header.cells, titles, strict=True):
        cell_text(cell, text, bold=True, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_as_header(header)
    for position, task in enumerate(tasks, start=1):
        row = table.add_row()
        set_widths(row, widths)
        keep_row_on_one_page(row)
        deadline = task.deadline.strftime("%d/%m/%Y") if task.deadline else _("No deadline")
        cells = row.cells
        cell_text(cells[0], str(position), size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[1], task_text(task), size=size)
        cell_text(cells[2], lead_text(task, on), size=size)
        cell_text(cells[3], deadline, size=size, align=WD_ALIGN_PARAGRAPH.CENTER)
    return table


def meeting_day(meeting):
    """Return the local day of the meeting (today without a start): the day whose names its papers bear."""
    return local(meeting.starts_at).date() if meeting.starts_at else timezone.localdate()


def attendee_units(meeting, *, issuer=None, leave_out=(), on=None):
    """Return the recipient lines (names on the day `on`) of the units of the people present, in order of
    appearance, once each; a body above the issuer is sent the paper for report ("để b/c")."""
    names = []
    for row in meeting.attendance.select_related("person__unit__parent").prefetch_related("person__unit__names"):
        unit = row.person.unit
        if not row.present or unit is None or unit.pk in leave_out:
            continue
        name = recipient_name(unit, issuer=issuer, on=on)
        if name not in names:
            names.append(name)
    return names


def recipient_name(unit, *, issuer, on=None):
    """Return how "Nơi nhận" names a unit: its name on the day, "(để b/c)" after it for an upper body."""
    name = unit.name_on(on).name
    return for_report(name) if is_upper_body(unit, issuer) else name


def number(value):
    if value is None:
        return "…"
    return f"{value:.2f}".rstrip("0").rstrip(".")
