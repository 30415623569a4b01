"""The task list as an Excel workbook (.xlsx): a titled list, dated, that prints landscape A4 one page wide."""

import io
import math

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from core.exportsafe import append_row
from youth.models import TIMELINESS_LABELS

FILLS = {"red": "FFCDD2", "orange": "FFE0B2", "green": "C8E6C9", "blue": "BBDEFB", "grey": "E0E0E0"}
# The title, its "as of" line and a blank line stand above the column headers.
HEADER_ROW = 4
DATE_COLUMNS = (8, 9, 12)
TIMELINESS_COLUMN = 11


def build_tasks_xlsx(tasks, *, today=None):
    """Return the .xlsx bytes of the tasks (an iterable with lead, meeting and targets loaded)."""
    today = today or timezone.localdate()
    with translation.override(settings.LANGUAGE_CODE):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Tasks")
        headers = [pgettext("table column", "No."), _("Group"), _("Task"), _("Source meeting"), _("Assigned by"),
                   _("Lead"), _("Coordinating"), _("Start date"), _("Deadline"), _("State"), _("Timeliness"),
                   _("Completed on"), _("Targets")]
        _title(sheet, len(headers), today)
        sheet.append(headers)
        for cell in sheet[HEADER_ROW]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for number, task in enumerate(tasks, start=1):
            targets = "; ".join(
                f"{t.metric}: {_n(t.actual_value)}/{_n(t.target_value)} {t.unit}".strip() for t in task.targets.all()
            )
            row = append_row(sheet, [
                number, task.group, task.title, task.meeting.title if task.meeting_id else "",
                str(task.assigner or ""), task.lead_label,
                ", ".join(unit.name for unit in task.coordinating_units.all()),
                task.start_date, task.deadline, task.get_state_display(),
                str(TIMELINESS_LABELS[task.timeliness(today)]), task.completed_on, targets,
            ])
            for column in DATE_COLUMNS:
                sheet.cell(row=row, column=column).number_format = "DD/MM/YYYY"
            sheet.cell(row=row, column=TIMELINESS_COLUMN).fill = PatternFill("solid", fgColor=FILLS[task.colour(today)])
        _lay_out(sheet)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()


def _title(sheet, columns, today):
    """Write the list's title and "tính đến ngày dd/mm/yyyy" across the columns, then a blank row."""
    last = get_column_letter(columns)
    sheet.append([_("TASK LIST")])
    sheet.append([_("as of %(date)s") % {"date": today.strftime("%d/%m/%Y")}])
    sheet.append([])
    for row, font in ((1, Font(bold=True, size=14)), (2, Font(italic=True))):
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = sheet.cell(row=row, column=1)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 22


# Widest a column grows (characters); longer texts wrap inside it. Together about 210 characters,
# so one page width of landscape A4 prints at about two thirds of full size: 11 pt reads as 7-8 pt.
MAX_WIDTHS = {"A": 5, "B": 16, "C": 36, "D": 20, "E": 16, "F": 18, "G": 16, "J": 13, "K": 14, "M": 22}
DATE_WIDTH = 11
# One line of 11 pt text with its leading, in points.
LINE_HEIGHT = 15


def _lay_out(sheet):
    """Filter and freeze the header, wrap the text, fit the widths and heights, print landscape A4 one page wide."""
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    last = get_column_letter(sheet.max_column)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{sheet.max_row}"
    widths = {}
    for column in sheet.iter_cols(min_row=HEADER_ROW):
        letter = column[0].column_letter
        longest = 0
        for cell in column[1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.is_date:
                longest = max(longest, DATE_WIDTH)
            elif cell.value is not None:
                longest = max(longest, *(len(line) for line in str(cell.value).splitlines() or [""]))
        header = len(str(column[0].value or ""))
        # Room for the filter button beside the header text, unless the column is capped (the header wraps).
        widths[letter] = min(max(longest, header + 3, 5), MAX_WIDTHS.get(letter, DATE_WIDTH))
        sheet.column_dimensions[letter].width = widths[letter] + 1
    # Neither Excel nor openpyxl sizes a wrapped row: each gets the height of its tallest cell.
    for row in sheet.iter_rows(min_row=HEADER_ROW):
        lines = max(_lines(cell.value, widths[cell.column_letter]) for cell in row)
        sheet.row_dimensions[row[0].row].height = lines * LINE_HEIGHT + 2
    setup = sheet.page_setup
    setup.orientation = sheet.ORIENTATION_LANDSCAPE
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    # Page "n / N" at the foot: a list several pages long is put back in order.
    sheet.oddFooter.center.text = "&P / &N"


def _lines(value, width):
    """Return how many lines a value wraps to in a column `width` characters wide."""
    if value is None or not isinstance(value, str):
        return 1
    return sum(max(1, math.ceil(len(line) / max(width - 1, 1))) for line in value.splitlines() or [""])


def _n(value):
    if value is None:
        return "…"
    return f"{value:.2f}".rstrip("0").rstrip(".")
