"""The minutes of a meeting as .docx, laid out as Nghị định 30/2020, Phụ lục III, Mẫu 1.9 (Biên bản)."""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from docx.enum.text import WD_ALIGN_PARAGRAPH

from cms.exportsafe import export_text
from youth.exports.docx_common import (
    PLACE,
    header_block,
    local,
    new_document,
    paragraph,
    signature_block,
    to_bytes,
)


def _time(moment):
    """Return "08 giờ 00, ngày 31/3/2023" or a blank to fill by hand."""
    if moment is None:
        return "…… " + _("hours") + " ……, " + _("day") + " ……"
    moment = local(moment)
    return _("%(hour)s h %(minute)s, on %(date)s") % {
        "hour": f"{moment.hour:02d}", "minute": f"{moment.minute:02d}",
        "date": f"{moment.day:02d}/{moment.month:02d}/{moment.year}",
    }


def build_minutes(meeting):
    """Return the .docx bytes of a meeting's minutes."""
    with translation.override(settings.LANGUAGE_CODE):
        return to_bytes(_document(meeting))


def _document(meeting):
    document = new_document()
    organiser = meeting.organiser
    header_block(
        document,
        parent_body=organiser.parent.name if organiser and organiser.parent else "",
        issuing_body=organiser.name if organiser else "",
        number=meeting.document_number,
        place=PLACE,
        day=local(meeting.starts_at).date() if meeting.starts_at else timezone.localdate(),
    )
    paragraph(document, _("MINUTES"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    paragraph(document, meeting.title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(document, "")

    paragraph(document, _("I. TIME, PLACE AND PARTICIPANTS"), bold=True)
    paragraph(document, _("Start: %(time)s.") % {"time": _time(meeting.starts_at)}, indent_first=True)
    paragraph(document, _("Place: %(place)s.") % {"place": meeting.place or "……"}, indent_first=True)
    paragraph(document, _("Chair: %(name)s.") % {"name": meeting.chair.label if meeting.chair else "……"},
              indent_first=True)
    paragraph(document, _("Secretary: %(name)s.") % {
        "name": meeting.secretary.label if meeting.secretary else "……"}, indent_first=True)
    attendance = list(meeting.attendance.select_related("person"))
    present = [row for row in attendance if row.present]
    paragraph(document, _("Participants: %(present)s of %(total)s present.") % {
        "present": len(present), "total": len(attendance)}, indent_first=True)
    for row in present:
        paragraph(document, f"- {row.person.label}", indent_first=True, space_after=0)
    absent = [row for row in attendance if not row.present]
    if absent:
        paragraph(document, _("Absent:"), indent_first=True, space_after=0)
        for row in absent:
            reason = row.absence_reason or _("no reason given")
            paragraph(document, f"- {row.person.label} ({reason})", indent_first=True, space_after=0)
    guests = list(meeting.guests.all())
    if guests:
        paragraph(document, _("Guests:"), indent_first=True, space_after=0)
        for guest in guests:
            text = f"- {guest.name} – {guest.position}" if guest.position else f"- {guest.name}"
            paragraph(document, text, indent_first=True, space_after=0)

    paragraph(document, _("II. CONTENT"), bold=True)
    for item in meeting.agenda_items.select_related("presenter"):
        paragraph(document, f"{item.order}. {item.title}", bold=True, indent_first=True)
        if item.presenter_id:
            paragraph(document, _("Presented by: %(name)s.") % {"name": item.presenter.label},
                      italic=True, indent_first=True)
        for line in filter(None, (item.report or "").splitlines()):
            paragraph(document, line, indent_first=True)
    discussions = list(meeting.discussions.select_related("speaker"))
    if discussions:
        paragraph(document, _("Discussion:"), bold=True, indent_first=True)
        for entry in discussions:
            para = paragraph(document, "", indent_first=True)
            para.add_run(export_text(f"{entry.speaker_label}: ")).bold = True
            para.add_run(export_text(entry.content))

    paragraph(document, _("III. CONCLUSIONS OF THE CHAIR"), bold=True)
    for line in filter(None, (meeting.conclusions or "").splitlines()):
        paragraph(document, line, indent_first=True)

    tasks = list(meeting.tasks.active().select_related("lead_person", "lead_unit")
                 .prefetch_related("coordinating_units", "targets"))
    paragraph(document, _("IV. TASKS ASSIGNED"), bold=True)
    if tasks:
        _task_table(document, tasks)
    else:
        paragraph(document, _("No task was assigned."), indent_first=True)

    paragraph(document, "")
    paragraph(document, _("The meeting ended at %(time)s.") % {"time": _time(meeting.ends_at)},
              indent_first=True)
    paragraph(document, "")
    signature_block(document, [
        (_("Secretary"), meeting.secretary.full_name if meeting.secretary else ""),
        (_("Chair"), meeting.chair.full_name if meeting.chair else ""),
    ])
    return document


def _task_table(document, tasks):
    headers = [_("No."), _("Group"), _("Task"), _("Lead"), _("Coordinating"), _("Deadline")]
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = export_text(text)
        cell.paragraphs[0].runs[0].bold = True
    for number, task in enumerate(tasks, start=1):
        title = task.title
        targets = [f"{t.metric}: {_number(t.target_value)} {t.unit}".strip() for t in task.targets.all()]
        if targets:
            title += " (" + _("targets") + ": " + "; ".join(targets) + ")"
        cells = table.add_row().cells
        values = [
            str(number), task.group, title, task.lead_label,
            ", ".join(unit.name for unit in task.coordinating_units.all()),
            task.deadline.strftime("%d/%m/%Y") if task.deadline else _("No deadline"),
        ]
        for cell, value in zip(cells, values, strict=True):
            cell.text = export_text(value)


def _number(value):
    if value is None:
        return "…"
    return f"{value:.2f}".rstrip("0").rstrip(".")
