"""The department's legacy article text format (as scraped from SharePoint).

A file reads:
    Sign In                      (optional, skipped)
    <title>
    <dd/mm/yyyy>
    <title again>                (optional, skipped)
    <paragraph>...
    <byline>                     (e.g. "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn")
    Các tin đã đưa ngày: ...     (widget text, dropped with all that follows)
"""

import dataclasses
import datetime
import re

DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
BYLINE_RE = re.compile(
    r"^(\(?ảnh\s*\+\s*tin(?: bài)?\)?|tin(?: bài)?|tin và ảnh|ảnh|bài|tác giả|nguồn|theo)\b\s*[:\-–]?\s*\S",
    re.IGNORECASE,
)
WIDGET_MARKERS = ("các tin đã đưa ngày", "không có tin nào cho ngày này")
CHROME_LINES = {"sign in", "đăng nhập"}


class ImportFormatError(ValueError):
    """A legacy file that does not follow the format; names the line."""

    def __init__(self, message, line):
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclasses.dataclass(frozen=True)
class LegacyArticle:
    title: str
    date: datetime.date
    paragraphs: list
    byline: str


def parse_legacy(text):
    """Return the LegacyArticle in text, or raise ImportFormatError."""
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1)]
    lines = [(n, line) for n, line in lines if line]
    # Drop the trailing widget text and the site chrome before the title.
    for index, (_number, line) in enumerate(lines):
        if line.lower().startswith(WIDGET_MARKERS):
            lines = lines[:index]
            break
    while lines and lines[0][1].lower() in CHROME_LINES:
        lines.pop(0)
    if not lines:
        raise ImportFormatError("the file has no title", 1)
    title_line, title = lines.pop(0)
    if len(title) > 300:
        raise ImportFormatError("the title is longer than 300 characters", title_line)
    if not lines:
        raise ImportFormatError("a date dd/mm/yyyy is expected after the title", title_line + 1)
    date_line, date_text = lines.pop(0)
    match = DATE_RE.match(date_text)
    if not match:
        raise ImportFormatError(f"a date dd/mm/yyyy is expected, found {date_text[:40]!r}", date_line)
    day, month, year = (int(g) for g in match.groups())
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        raise ImportFormatError(f"{date_text} is not a valid date", date_line) from None
    if lines and lines[0][1] == title:
        lines.pop(0)
    byline = ""
    if lines and BYLINE_RE.match(lines[-1][1]) and len(lines[-1][1]) <= 200:
        byline = lines.pop()[1]
    paragraphs = [line for _number, line in lines]
    if not paragraphs:
        raise ImportFormatError("the article has no body", date_line + 1)
    return LegacyArticle(title=title, date=date, paragraphs=paragraphs, byline=byline)
