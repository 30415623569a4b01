"""Charts drawn on the server as inline SVG: no scripts, readable without JavaScript."""

from django.utils.html import format_html
from django.utils.safestring import mark_safe

COLOURS = {"red": "#c62828", "orange": "#ef6c00", "green": "#2e7d32", "blue": "#1565c0", "grey": "#757575"}


def bar_chart(bars, *, title, width=560, bar_height=26, label_width=190):
    """Return an SVG of horizontal bars; `bars` is a list of (label, value, colour name)."""
    gap = 8
    height = len(bars) * (bar_height + gap) + gap
    top = max([value for _label, value, _colour in bars] + [1])
    room = width - label_width - 50
    parts = [
        format_html('<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {} {}" '
                    'width="100%" aria-labelledby="chart-title"><title id="chart-title">{}</title>',
                    width, height, title)
    ]
    for index, (label, value, colour) in enumerate(bars):
        y = gap + index * (bar_height + gap)
        length = round(room * value / top)
        parts.append(format_html(
            '<g><text x="{}" y="{}" text-anchor="end" font-size="13">{}</text>'
            '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>'
            '<text x="{}" y="{}" font-size="13">{}</text></g>',
            label_width - 8, y + bar_height * 0.7, label, label_width, y, length, bar_height,
            COLOURS.get(colour, COLOURS["grey"]), label_width + length + 6, y + bar_height * 0.7, value,
        ))
    parts.append("</svg>")
    # Every variable part went through format_html, which escapes it.
    return mark_safe("".join(parts))
