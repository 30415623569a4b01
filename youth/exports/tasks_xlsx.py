"""The task list as an Excel workbook (.xlsx)."""

import io

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from core.exportsafe import append_row
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
        _lay_out(sheet)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()


# Widest a column grows (characters); longer texts wrap inside it.
MAX_WIDTHS = {"C": 50, "D": 36, "M": 40}
DEFAULT_MAX_WIDTH = 26
DATE_WIDTH = 11


def _lay_out(sheet):
    """Filter and freeze the header, wrap the text, fit the widths, print landscape A4 one page wide."""
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for column in sheet.iter_cols(min_row=1):
        letter = column[0].column_letter
        longest = 0
        for cell in column:
            if cell.row > 1:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.is_date:
                longest = max(longest, DATE_WIDTH)
            elif cell.value is not None:
                longest = max(longest, *(len(line) for line in str(cell.value).splitlines() or [""]))
        header = len(str(column[0].value or ""))
        # Room for the filter button beside the header text.
        widest = MAX_WIDTHS.get(letter, DEFAULT_MAX_WIDTH)
        sheet.column_dimensions[letter].width = min(max(longest, header + 3, 6), widest) + 2
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def _n(value):
    if value is None:
        return "…"
    return f"{value:.2f}".rstrip("0").rstrip(".")
