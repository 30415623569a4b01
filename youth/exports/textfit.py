"""Measure a header line so it fits its column on one line (Times New Roman metrics)."""

import functools
from pathlib import Path

from PIL import ImageFont

# Liberation Serif 2 has the metrics of Times New Roman and its Vietnamese letters (what LibreOffice
# substitutes for it); Liberation 1 lacks them, so LibreOffice falls back to the wider DejaVu Serif.
FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/msttcorefonts")]
FILES = {False: ("LiberationSerif-Regular.ttf", "Times_New_Roman.ttf"),
         True: ("LiberationSerif-Bold.ttf", "Times_New_Roman_Bold.ttf")}
# Without a font file: the mean advance of Vietnamese capitals in Times New Roman, in ems (bold a bit wider).
FALLBACK_EM = {False: 0.70, True: 0.74}
POINT_MM = 25.4 / 72
SMALLEST = 10
BREAK_BEFORE = {"TỈNH", "THÀNH", "TP.", "HUYỆN", "QUẬN", "THỊ", "XÃ", "PHƯỜNG", "KHỐI", "CÁC", "CỤC", "CHI"}


@functools.cache
def _font(bold):
    for folder in FONT_DIRS:
        for name in FILES[bold]:
            path = folder / name
            if path.exists():
                return ImageFont.truetype(str(path), 100)
    return None


def width_mm(text, size, *, bold=False):
    """Return the printed width of text at `size` points, in millimetres."""
    font = _font(bold)
    if font is None:
        return len(text) * FALLBACK_EM[bold] * size * POINT_MM
    return font.getlength(text) / 100 * size * POINT_MM


def fitting_size(text, size, column_mm, *, bold=False):
    """Return the largest size, at most `size` and at least 10 pt, at which text fits on one line."""
    while size > SMALLEST and width_mm(text, size, bold=bold) > column_mm:
        size -= 0.5
    return size


def fit_lines(text, size, column_mm, *, bold=False, shrink=1.5):
    """Return [(line, size)] that print text within column_mm: shrunk a little, else split at words.

    A name may lose up to `shrink` points; past that it is broken into balanced lines, as offices
    write "CỤC THI HÀNH ÁN DÂN SỰ / TỈNH THANH HÓA".
    """
    smaller = fitting_size(text, size, column_mm, bold=bold)
    if width_mm(text, smaller, bold=bold) <= column_mm and size - smaller <= shrink:
        return [(text, smaller)]
    words = text.split()
    if len(words) < 2:
        return [(text, smaller)]
    # Offices break a name before the place or the level: "CỤC THI HÀNH ÁN DÂN SỰ / TỈNH THANH HÓA".
    # A natural break is taken when both lines fit and neither is less than half the other.
    natural = []
    for cut in range(1, len(words)):
        widths = sorted((width_mm(" ".join(words[:cut]), size - shrink, bold=bold),
                         width_mm(" ".join(words[cut:]), size - shrink, bold=bold)))
        if words[cut].upper() in BREAK_BEFORE and widths[1] <= column_mm and widths[0] >= widths[1] / 2:
            natural.append(cut)
    best = None
    for cut in natural or range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        longest = max(width_mm(first, size, bold=bold), width_mm(second, size, bold=bold))
        if best is None or longest < best[0]:
            best = (longest, first, second)
    _longest, first, second = best
    return [line for part in (first, second) for line in fit_lines(part, size, column_mm, bold=bold, shrink=9)]
