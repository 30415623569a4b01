"""Read back what the .docx papers hold, the way Word and LibreOffice see it."""

import io

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

TWIPS_PER_MM = 1440 / 25.4


def open_docx(content):
    return Document(io.BytesIO(content))


def cell_lines(cell):
    """Return the non-empty lines of a table cell."""
    return [p.text for p in cell.paragraphs if p.text.strip()]


def all_text(document):
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


def grid_mm(table):
    """Return the widths of the table's grid columns (w:tblGrid), in mm."""
    return [round(int(col.get(qn("w:w"))) / TWIPS_PER_MM) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def cell_widths_mm(row):
    return [round(cell.width / Mm(1)) for cell in row.cells]


def layout_type(table):
    layout = table._tbl.tblPr.find(qn("w:tblLayout"))
    return layout.get(qn("w:type")) if layout is not None else None


def is_repeated_header(row):
    trPr = row._tr.trPr
    return trPr is not None and trPr.find(qn("w:tblHeader")) is not None


def runs_with(cell_or_doc, text):
    """Return the runs whose text is exactly `text`."""
    paragraphs = cell_or_doc.paragraphs
    return [run for p in paragraphs for run in p.runs if run.text == text]


def field_instructions(part):
    """Return the field instructions (e.g. "PAGE") in a header or footer."""
    return [node.text.strip() for node in part._element.iter(qn("w:instrText"))]


def text_width_mm(document):
    section = document.sections[0]
    return round((section.page_width - section.left_margin - section.right_margin) / Mm(1))


def docx_text(content):
    """Return all the text of a .docx, paragraphs and table cells, one line each."""
    document = Document(io.BytesIO(content))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    return document, "\n".join(lines)
