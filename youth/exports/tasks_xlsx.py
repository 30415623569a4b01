"""The task list as an Excel workbook (.xlsx)."""

import io

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from cms.exportsafe import append_row
from youth.models import TIMELINESS_LABELS

FILLS = {"red": "FFCDD2", "orange": "FFE0B2", "green": "C8E6C9", "blue": "BBDEFB", "grey": "E0E0E0"}


def build_tasks_xlsx(tasks, *, today=None):
    """Return the .xlsx bytes of the tasks (an iterable with lead, meeting and targets loaded)."""
    today = today or timezone.localdate()
    with translation.override(settings.LANGUAGE_CODE):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Tasks")
        headers = [_("No."), _("Group"), _("Task"), _("Source meeting"), _("Assigned by"), _("Lead"),
                   _("Coordinating"), _("Start date"), _("Deadline"), _("State"), _("Timeliness"),
                   _("Completed on"), _("Targets")]
        sheet.append(headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for number, task in enumerate(tasks, start=1):
            targets = "; ".join(
                f"{t.metric}: {_n(t.actual_value)}/{_n(t.target_value)} {t.unit}".strip() for t in task.targets.all()
            )
            append_row(sheet, [
                number, task.group, task.title, task.meeting.title if task.meeting_id else "",
                str(task.assigner or ""), task.lead_label,
                ", ".join(unit.name for unit in task.coordinating_units.all()),
                task.start_date, task.deadline, task.get_state_display(),
                str(TIMELINESS_LABELS[task.timeliness(today)]), task.completed_on, targets,
            ])
            row = number + 1  # the header is row 1; sheet.max_row would rescan the sheet every time
            for column in (8, 9, 12):
                sheet.cell(row=row, column=column).number_format = "DD/MM/YYYY"
            sheet.cell(row=row, column=11).fill = PatternFill("solid", fgColor=FILLS[task.colour(today)])
        for letter, width in zip("ABCDEFGHIJKLM", [5, 14, 50, 30, 22, 26, 26, 12, 12, 18, 20, 14, 40], strict=True):
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = "A2"
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()


def _n(value):
    if value is None:
        return "…"
    return f"{value:.2f}".rstrip("0").rstrip(".")
