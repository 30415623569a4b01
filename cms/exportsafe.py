"""Text made safe for the .docx and .xlsx exports, whatever users typed before forms checked it.

python-docx raises ValueError and openpyxl IllegalCharacterError on C0 control
characters, so one stray BEL in a task title would make an export fail for everyone:
they are dropped here (tab and newline are kept; CR becomes a newline). A spreadsheet
cell whose text starts like a formula (= + - @ tab CR) is written as text with
Excel's quote prefix, so opening or editing the file never runs it.
"""

import re

# C0 controls but tab and newline, lone surrogates, and the two XML non-characters.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_text(value):
    """Return value as text with the characters no export may carry removed."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", text)


def cell_value(value):
    """Return a cell value: text cleaned, numbers and dates as they are."""
    return export_text(value) if isinstance(value, str) else value


def append_row(sheet, values):
    """Append a row to an openpyxl sheet, text cleaned and formula-like text kept as text."""
    sheet.append([cell_value(value) for value in values])
    row = sheet._current_row  # the row just appended; sheet.max_row would rescan the sheet
    for column, value in enumerate(values, start=1):
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell = sheet.cell(row=row, column=column)
            cell.value = cell_value(value)
            cell.data_type = "s"  # openpyxl would store "=…" as a formula
            cell.quotePrefix = True
    return row
