"""Read the register sheets offices keep in Excel: one row per debtor, checked cell by cell.

Pure functions over openpyxl rows: nothing here touches the database. read_sheet() returns
the rows it understood and, for every refused row, each cell that is wrong and why, so the
dry run can say exactly what to fix (sheet, row, column, reason).
"""

import dataclasses
import datetime
import io
import re
import unicodedata
import zipfile
from xml.parsers import expat

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from core.files import xlsxbounds
from core.text import fold

MAX_ROWS = 20_000
MAX_COLUMNS = 30
MAX_BYTES = 10 * 1024 * 1024
# Excel cannot show dates before 1900; a register date after 2100 is a typing slip.
FIRST_YEAR, LAST_YEAR = 1900, 2100
# What starts a formula or a function call once leading blanks are dropped; a leading "-" or "+"
# is a bullet in an obligation's text, and every export neutralises it (core.exportsafe).
FORMULA_STARTS = ("=", "@")

# (field, header in the template, required)
COLUMNS = [
    ("kind", "Loại (Cá nhân/Tổ chức)", False),
    ("name", "Họ tên / Tên tổ chức", True),
    ("birth_year", "Năm sinh", False),
    ("address", "Địa chỉ", True),
    ("judgment_number", "Số bản án, quyết định", True),
    ("judgment_date", "Ngày bản án", True),
    ("court", "Tòa án", True),
    ("obligation", "Nghĩa vụ phải thi hành", True),
    ("decision_number", "Số quyết định chưa có điều kiện", True),
    ("decision_date", "Ngày quyết định", True),
    ("published_on", "Ngày công khai", False),
]
HEADERS = {fold(header): field for field, header, _required in COLUMNS}
LABELS = {field: header for field, header, _required in COLUMNS}
KINDS = {"ca nhan": "person", "to chuc": "organisation", "": "person"}
DATE_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
# C0 control characters (tab and newline excepted) break exports and have no place in a name.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class SheetError(ValueError):
    """The file as a whole cannot be read (not .xlsx, too large, columns missing)."""


@dataclasses.dataclass
class Row:
    number: int
    values: dict
    errors: list = dataclasses.field(default_factory=list)  # [(column header, reason)]

    @property
    def refused(self):
        return bool(self.errors)

    @property
    def key(self):
        return (fold(self.values.get("decision_number", "")), fold(self.values.get("name", "")))


def template():
    """Return the bytes of an empty .xlsx template with the expected header row."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sach"
    sheet.append([header for _field, header, _required in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.append(["Cá nhân", "Nguyễn Văn A (ví dụ, xóa dòng này)", 1970, "Thôn 1, xã X, huyện Y, tỉnh Thanh Hóa",
                  "12/2020/DS-ST", "15/06/2020", "TAND huyện Y", "Trả nợ 120.000.000 đồng", "05/QĐ-CCTHADS",
                  "10/01/2023", ""])
    for letter, width in zip("ABCDEFGHIJK", (18, 32, 10, 40, 22, 14, 24, 40, 30, 16, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def read_sheet(data):
    """Return (sheet name, [Row]) read from .xlsx bytes; raise SheetError if the file is unusable."""
    if len(data) > MAX_BYTES:
        raise SheetError(_("The file is larger than %(limit)s MB.") % {"limit": MAX_BYTES // (1024 * 1024)})
    if not data.startswith(b"PK\x03\x04"):
        raise SheetError(_("This file is not an Excel (.xlsx) workbook, whatever its name says."))
    max_rows, max_columns = _limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xlsxbounds.check_workbook(archive, xlsxbounds.Bounds(rows=max_rows + 1, columns=max_columns))
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except xlsxbounds.Exceeded as error:
        raise SheetError(_too_big(error.bound, max_rows, max_columns)) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, expat.ExpatError):
        raise SheetError(_("This file is not an Excel (.xlsx) workbook, whatever its name says.")) from None
    try:
        sheet = book.worksheets[0]
        # Explicit bounds: openpyxl would otherwise pad every row to the width the sheet declares.
        rows = sheet.iter_rows(values_only=True, max_row=max_rows + 2, max_col=max_columns)
        header = next(rows, None) or ()
        columns = _columns(header)
        result = []
        for number, cells in enumerate(rows, start=2):
            if number - 1 > max_rows:
                raise SheetError(_too_big("rows", max_rows, max_columns))
            if all(cell is None or str(cell).strip() == "" for cell in cells):
                continue
            result.append(read_row(number, {field: cells[i] if i < len(cells) else None
                                            for field, i in columns.items()}))
        return sheet.title, _mark_duplicates(result)
    finally:
        book.close()


def _limits():
    return (getattr(settings, "NOTICES_IMPORT_MAX_ROWS", MAX_ROWS),
            getattr(settings, "NOTICES_IMPORT_MAX_COLUMNS", MAX_COLUMNS))


def _too_big(bound, max_rows, max_columns):
    """Return the message for a workbook past one of xlsxbounds' bounds."""
    if bound == "rows":
        return _("The sheet has more than %(limit)s rows: split it into several files.") % {
            "limit": f"{max_rows:,}".replace(",", ".")}
    if bound == "columns":
        return _("A row of the sheet has more than %(limit)s filled or formatted cells: copy only the "
                 "register's columns into a new workbook.") % {"limit": max_columns}
    if bound == "cell":
        return _("A cell of the sheet holds more than 32.767 characters, more than Excel allows.")
    return _("The workbook unpacks to too much data for a register: copy only the register's columns "
             "into a new workbook.")


def _columns(header):
    found = {}
    for index, cell in enumerate(header):
        field = HEADERS.get(fold(str(cell or "")).strip())
        if field and field not in found:
            found[field] = index
    missing = [LABELS[field] for field, _header, required in COLUMNS if required and field not in found]
    if missing:
        raise SheetError(_("The first row lacks the columns: %(columns)s. Start from the template.")
                         % {"columns": ", ".join(f"«{name}»" for name in missing)})
    return found


def read_row(number, cells):
    """Return a Row of clean values from the raw cells of one sheet row."""
    row = Row(number=number, values={})
    for field, _header, required in COLUMNS:
        raw = cells.get(field)
        lead = _lead(raw) if isinstance(raw, str) else ""
        if lead.startswith("="):
            row.errors.append((LABELS[field], _("The cell holds a formula; type the value itself.")))
            continue
        if lead.startswith(FORMULA_STARTS):
            # Stored as it is, a spreadsheet made from the register later would run it as a formula.
            row.errors.append((LABELS[field], _("The cell starts with «%(sign)s», which Excel reads as a "
                                                "formula: remove the sign or begin with a word.")
                               % {"sign": lead[0]}))
            continue
        try:
            value = CLEANERS.get(field, _text)(raw)
        except ValueError as error:
            row.errors.append((LABELS[field], str(error)))
            continue
        if required and value in (None, ""):
            row.errors.append((LABELS[field], _("This cell is empty.")))
        row.values[field] = value
    values = row.values
    if values.get("kind") == "organisation" and values.get("birth_year"):
        row.errors.append((LABELS["birth_year"], _("An organisation has no year of birth.")))
    judgment, decision = values.get("judgment_date"), values.get("decision_date")
    if judgment and decision and decision < judgment:
        row.errors.append((LABELS["decision_date"], _("The decision cannot be dated before the judgment.")))
    return row


def _mark_duplicates(rows):
    seen = {}
    for row in rows:
        if row.refused:
            continue
        if row.key in seen:
            row.errors.append((LABELS["decision_number"],
                               _("The same debtor and decision are on row %(row)s.") % {"row": seen[row.key]}))
        else:
            seen[row.key] = row.number
    return rows


def _lead(text):
    """Return text without the blanks, control and invisible format characters it starts with."""
    index = 0
    while index < len(text) and (text[index].isspace() or unicodedata.category(text[index]) in ("Cc", "Cf")):
        index += 1
    return text[index:]


def _text(value):
    text = "" if value is None else str(value).strip()
    if CONTROL_RE.search(text):
        raise ValueError(_("The cell holds invisible control characters."))
    if len(text) > 1000:
        raise ValueError(_("The cell is longer than 1,000 characters."))
    return " ".join(text.split()) if "\n" not in text else text


def _kind(value):
    kind = KINDS.get(fold(_text(value)))
    if kind is None:
        raise ValueError(_("Write «Cá nhân» or «Tổ chức»."))
    return kind


def _year(value):
    if value in (None, ""):
        return None
    text = _text(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not re.fullmatch(r"\d{4}", text) or not 1900 <= int(text) <= timezone.localdate().year:
        raise ValueError(_("Write the year of birth as four digits, e.g. 1975."))
    return int(text)


def _date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return _in_range(value)
    match = DATE_RE.match(_text(value))
    try:
        if not match:
            raise ValueError
        day, month, year = (int(part) for part in match.groups())
        date = datetime.date(year, month, day)
    except ValueError:
        raise ValueError(_("Write the date as dd/mm/yyyy, e.g. 05/03/2023.")) from None
    return _in_range(date)


def _in_range(date):
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise ValueError(_("The date must fall between %(first)s and %(last)s.")
                         % {"first": FIRST_YEAR, "last": LAST_YEAR})
    return date


def _limited(length):
    def clean(value):
        text = _text(value)
        if len(text) > length:
            raise ValueError(_("The cell is longer than %(length)s characters.") % {"length": length})
        return text
    return clean


CLEANERS = {
    "kind": _kind, "birth_year": _year, "judgment_date": _date, "decision_date": _date, "published_on": _date,
    "name": _limited(200), "address": _limited(300), "judgment_number": _limited(80), "court": _limited(200),
    "decision_number": _limited(80),
}
