"""Text made safe for every export and feed, whatever users typed before forms checked it.

python-docx raises ValueError, openpyxl IllegalCharacterError and Django's feed writer
UnserializableContentError on C0 control characters, so one stray BEL in a title would
make an export or a feed fail for everyone: they are dropped here (tab and newline are
kept; CR, and the vertical tab and form feed Word writes for a manual line or page
break, become newlines), with lone surrogates, the XML non-characters U+FFFE/FFFF
and the bidirectional controls that make a name read backwards. A spreadsheet cell whose
cleaned text starts like a formula (= + - @, also after spaces, or a tab or line break)
is written as text with Excel's quote prefix, so opening or editing the file never runs it.
"""

import re

# Bidirectional controls: embeddings and overrides, isolates, the LRM/RLM/ALM marks.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# C0 controls but tab and newline, lone surrogates, the two XML non-characters, the bidi controls.
_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff{BIDI_CONTROLS}]")
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# What a spreadsheet skips before it reads "=": a cell " =HYPERLINK(…)" is a formula once edited.
_FORMULA_AFTER_SPACE = ("=", "+", "-", "@")


def export_text(value):
    """Return value as text with the characters no export may carry removed."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").translate(_LINE_BREAKS)
    return _UNSAFE.sub("", text)


def cell_value(value):
    """Return a cell value: text cleaned, numbers and dates as they are."""
    return export_text(value) if isinstance(value, str) else value


def looks_like_formula(text):
    """Return True if a spreadsheet could read the (cleaned) text as a formula."""
    return text.startswith(FORMULA_STARTS) or text.lstrip().startswith(_FORMULA_AFTER_SPACE)


def append_row(sheet, values):
    """Append a row to an openpyxl sheet, text cleaned and formula-like text kept as text."""
    cleaned = [cell_value(value) for value in values]
    sheet.append(cleaned)
    row = sheet._current_row  # the row just appended; sheet.max_row would rescan the sheet
    for column, value in enumerate(cleaned, start=1):
        # The cleaned text is what the cell holds: "\x01=1+1" is "=1+1" by now.
        if isinstance(value, str) and looks_like_formula(value):
            cell = sheet.cell(row=row, column=column)
            cell.value = value
            cell.data_type = "s"  # openpyxl would store "=…" as a formula
            cell.quotePrefix = True
    return row
