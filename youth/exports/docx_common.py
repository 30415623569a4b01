"""Shared layout of the .docx exports: Nghị định 30/2020 page set-up and header block."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from cms.exportsafe import export_text

FONT = "Times New Roman"
# The place name before the date ("Thanh Hóa, ngày … tháng … năm …").
PLACE = "Thanh Hóa"
BODY_SIZE = Pt(14)
GAP = Pt(4)


def new_document():
    """Return an A4 document in Times New Roman 14 pt with the decree's margins."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    for style_name in ("Normal", "Table Grid"):
        style = document.styles[style_name]
        style.font.name = FONT
        style.font.size = BODY_SIZE
        # Word picks the East Asian slot for some Vietnamese letters unless it is set too.
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    return document


def paragraph(container, text="", *, bold=False, italic=False, underline=False, align=None, size=None,
              space_after=GAP, indent_first=False):
    """Add a paragraph with one run and return it."""
    para = container.add_paragraph()
    text = export_text(text)
    if text:
        run = para.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        run.font.name = FONT
        if size:
            run.font.size = size
    if align is not None:
        para.alignment = align
    para.paragraph_format.space_after = space_after
    if indent_first:
        para.paragraph_format.first_line_indent = Mm(12.7)
    return para


def _cell_lines(cell, lines):
    cell.paragraphs[0].text = ""
    first = True
    for text, options in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = para.add_run(export_text(text))
        run.bold = options.get("bold", False)
        run.italic = options.get("italic", False)
        run.underline = options.get("underline", False)
        run.font.size = options.get("size", Pt(13))
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_after = Pt(0)


def header_block(document, *, parent_body, issuing_body, number, place, day):
    """Add the two-column header: issuing body and number beside the national motto."""
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    left, right = table.rows[0].cells
    left.width, right.width = Mm(70), Mm(95)
    left_lines = []
    if parent_body:
        left_lines.append((parent_body.upper(), {}))
    left_lines.append((issuing_body.upper(), {"bold": True}))
    left_lines.append(("*", {}))
    left_lines.append((_("No.: %(number)s") % {"number": number or "……"}, {}))
    _cell_lines(left, left_lines)
    _cell_lines(right, [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True, "size": Pt(12)}),
        ("Độc lập - Tự do - Hạnh phúc", {"bold": True, "underline": True, "size": Pt(13)}),
        ("", {}),
        (place_and_date(place, day), {"italic": True, "size": Pt(13)}),
    ])
    paragraph(document, "")


def place_and_date(place, day):
    """Return "Thanh Hóa, ngày 31 tháng 3 năm 2023"."""
    return _("%(place)s, day %(day)s month %(month)s year %(year)s") % {
        "place": place, "day": f"{day.day:02d}", "month": day.month, "year": day.year,
    }


def signature_block(document, columns):
    """Add signatures side by side; `columns` is a list of (title, name)."""
    table = document.add_table(rows=1, cols=len(columns))
    for cell, (title, name) in zip(table.rows[0].cells, columns, strict=True):
        _cell_lines(cell, [
            (title.upper(), {"bold": True, "size": BODY_SIZE}),
            (_("(Signature, full name)"), {"italic": True}),
            ("", {}), ("", {}), ("", {}),
            (name or "", {"bold": True, "size": BODY_SIZE}),
        ])


def to_bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def local(moment):
    return timezone.localtime(moment) if moment else None
