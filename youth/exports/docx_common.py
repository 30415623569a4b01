"""Low-level .docx layout shared by the papers: page set-up, text runs, fixed tables, page numbers."""

import io

from django.utils import timezone
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from core.exportsafe import export_text

FONT = "Times New Roman"
# The place name before the date ("Thanh Hóa, ngày … tháng … năm …").
PLACE = "Thanh Hóa"
GAP = Pt(4)
# Word refuses C0 control characters (python-docx raises ValueError): one cleaning for every export.
clean = export_text


def new_document(page):
    """Return an A4 portrait document set up with the margins and body size of `page` (a PageFormat)."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    top, bottom, left, right = page.margins
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = Mm(10)
    for style_name in ("Normal", "Table Grid"):
        style = document.styles[style_name]
        style.font.name = FONT
        style.font.size = Pt(page.body_size)
        # Word picks the East Asian slot for some Vietnamese letters unless it is set too.
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    _page_number_from_page_two(section, page.number_size)
    return document


def text_width_mm(document):
    """Return the width between the margins of the first section, in millimetres."""
    section = document.sections[0]
    return round((section.page_width - section.left_margin - section.right_margin) / Mm(1))


def _page_number_from_page_two(section, size):
    # The formats put the page number centred in the top margin and leave page 1 unnumbered.
    section.different_first_page_header_footer = True
    para = section.header.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(para, "PAGE", placeholder="2", size=Pt(size))


def add_field(para, instruction, *, placeholder="", size=None):
    """Append a Word field (e.g. PAGE) to a paragraph; `placeholder` shows until it is updated."""
    def run_with(element):
        run = para.add_run()
        run.font.name = FONT
        if size:
            run.font.size = size
        run._r.append(element)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    shown = para.add_run(placeholder)
    shown.font.name = FONT
    if size:
        shown.font.size = size
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_run(para, text, *, bold=False, italic=False, underline=False, size=None):
    """Append a run of cleaned text in the document font and return it."""
    run = para.add_run(clean(text))
    run.bold, run.italic, run.underline = bold, italic, underline
    run.font.name = FONT
    if size:
        run.font.size = Pt(size)
    return run


def paragraph(container, text="", *, bold=False, italic=False, underline=False, align=None, size=None,
              space_after=GAP, indent_first=False, keep_with_next=False):
    """Add a paragraph with one run and return it."""
    para = container.add_paragraph()
    if text:
        add_run(para, text, bold=bold, italic=italic, underline=underline, size=size)
    if align is not None:
        para.alignment = align
    para.paragraph_format.space_after = space_after
    if indent_first:
        para.paragraph_format.first_line_indent = Mm(12.7)
    if keep_with_next:
        para.paragraph_format.keep_with_next = True
    return para


def centred_lines(cell, lines, *, keep_together=False):
    """Fill a cell with centred lines; `lines` holds (text, options) where options are run options."""
    first = True
    for text, options in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        options = dict(options)
        rule = options.pop("rule", None)
        add_run(para, text, **options)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_after = Pt(0)
        if keep_together:
            para.paragraph_format.keep_with_next = True
        if rule:
            short_rule(cell, rule)


def short_rule(container, width_mm, *, within_mm=None):
    """Add a centred horizontal rule `width_mm` long (a bottom border on an empty, indented paragraph)."""
    para = container.add_paragraph()
    fmt = para.paragraph_format
    fmt.space_after = Pt(0)
    cell_width = within_mm or _container_width_mm(container)
    side = max((cell_width - width_mm) / 2, 0)
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    run = para.add_run("")
    run.font.size = Pt(2)
    pPr = para._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    pPr.insert_element_before(borders, *_PPR_AFTER_BORDER)
    # The paragraph mark gets the tiny size too, so the rule sits close under the text.
    mark = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "4")
    mark.append(size)
    pPr.insert_element_before(mark, "w:sectPr", "w:pPrChange")
    return para


_PPR_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)


def _container_width_mm(container):
    width = getattr(container, "width", None)
    return width / Mm(1) if width else 60


def fixed_table(container, widths_mm, *, rows=1, grid=False, centred=True):
    """Add a table with fixed column widths written to both the grid and the cells.

    LibreOffice lays a table out by its grid (w:tblGrid), Word by the cell widths: both are set,
    with a fixed layout, so the two agree and a header line never wraps.
    """
    table = container.add_table(rows=rows, cols=len(widths_mm))
    if grid:
        table.style = "Table Grid"
    table.autofit = False
    if centred:
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.insert_element_before(layout, "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    width = tblPr.find(qn("w:tblW"))
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(_twips(w) for w in widths_mm)))
    for column, mm in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(mm)
    for row in table.rows:
        for cell, mm in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(mm)
    return table


def set_widths(row, widths_mm):
    """Give the cells of a row added later the table's column widths."""
    for cell, mm in zip(row.cells, widths_mm, strict=True):
        cell.width = Mm(mm)


def narrow_cell_margins(table, mm=1):
    """Set the left and right cell padding to `mm` (the header block's lines need nearly all the width)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(_twips(mm)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def repeat_as_header(row):
    """Mark a table row to be repeated at the top of every page the table runs onto."""
    _row_flag(row, "w:tblHeader")


def keep_row_on_one_page(row):
    """Forbid a page break inside a table row."""
    _row_flag(row, "w:cantSplit")


def _row_flag(row, tag):
    trPr = row._tr.get_or_add_trPr()
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    trPr.append(element)


def cell_text(cell, text, *, bold=False, italic=False, size=None, align=None):
    """Replace a cell's text with cleaned lines (one paragraph per line)."""
    lines = clean(text).split("\n") or [""]
    for index, line in enumerate(lines):
        para = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        add_run(para, line, bold=bold, italic=italic, size=size)
        para.paragraph_format.space_after = Pt(0)
        if align is not None:
            para.alignment = align


def _twips(mm):
    return round(mm * 1440 / 25.4)


def to_bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def local(moment):
    return timezone.localtime(moment) if moment else None
