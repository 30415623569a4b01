"""Document identities: the header, number, signature and recipients of State, Party and Youth Union papers.

The rules and their sources are in docs/documents.md: State agencies follow Nghị định 30/2020/NĐ-CP
(Phụ lục I), Party bodies Hướng dẫn 36-HD/VPTW (2018), Youth Union bodies Hướng dẫn 29-HD/TWĐTN-VP (2013).
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from organisation.models import Capacity
from youth.exports.docx_common import (
    add_run,
    centred_lines,
    clean,
    fixed_table,
    keep_row_on_one_page,
    narrow_cell_margins,
    paragraph,
    short_rule,
    text_width_mm,
)
from youth.exports.textfit import fit_lines

STATE, PARTY, YOUTH = "state", "party", "youth"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
YOUTH_TITLE = "ĐOÀN TNCS HỒ CHÍ MINH"
BLANK = "……"
# Room kept free at each header line's end (mm): printers and Word's own metrics differ slightly.
SAFETY_MM = 4


@dataclass(frozen=True)
class PageFormat:
    """Sizes in points and margins (top, bottom, left, right) in millimetres of one format."""

    margins: tuple
    body_size: int
    header_size: int  # superior and issuing body names
    title_size: int  # the national motto's first line, or the Party / Youth Union heading
    number_size: int
    date_size: int
    kind_size: int  # "BIÊN BẢN", "THÔNG BÁO"
    recipients_size: int
    left_column: int  # width of the header's left column, mm (the right one takes the rest)
    mark: str  # what stands under the issuing body: a short rule, "*" or "***"
    number_colon: bool  # "Số: 12/BB-X" (State, Youth Union) or "Số 12-BB/ĐU" (Party)


FORMATS = {
    STATE: PageFormat(margins=(20, 20, 30, 15), body_size=14, header_size=12, title_size=12, number_size=13,
                      date_size=14, kind_size=14, recipients_size=11, left_column=70, mark="rule",
                      number_colon=True),
    PARTY: PageFormat(margins=(20, 20, 30, 15), body_size=14, header_size=14, title_size=15, number_size=14,
                      date_size=14, kind_size=15, recipients_size=12, left_column=84, mark="*",
                      number_colon=False),
    YOUTH: PageFormat(margins=(20, 20, 30, 20), body_size=14, header_size=14, title_size=15, number_size=14,
                      date_size=14, kind_size=15, recipients_size=12, left_column=80, mark="***",
                      number_colon=True),
}

# Default symbols in numbers when a unit has none of its own.
DEFAULT_SYMBOLS = {PARTY: "ĐU", YOUTH: "ĐTN"}
# The capacity whose titles a paper of each format names: a Party paper the Party titles, and so on.
CAPACITIES = {STATE: Capacity.STATE, PARTY: Capacity.PARTY, YOUTH: Capacity.YOUTH}


@dataclass(frozen=True)
class Identity:
    """Who issues a paper and in which format."""

    style: str
    superior: tuple  # the superior body's name, one line each
    issuer: str
    symbol: str
    short_name: str = ""

    @property
    def page(self):
        return FORMATS[self.style]


def issuing_unit(unit):
    """Return the unit whose name heads the paper: the leadership of an agency writes as the agency."""
    if unit is not None and unit.kind == unit.Kind.LEADERSHIP and unit.parent_id:
        return unit.parent
    return unit


def identity_for(unit, on=None):
    """Return the document identity of a unit on the day `on` (today by default): the names,
    superior lines and symbol in force that day (blanks to fill by hand when there is no unit)."""
    unit = issuing_unit(unit)
    if unit is None:
        return Identity(style=STATE, superior=(), issuer="", symbol="")
    day = on or timezone.localdate()
    dated = unit.name_on(day)
    style = unit.document_style
    superior = tuple(line.strip() for line in clean(dated.superior_name).splitlines() if line.strip())
    if not superior and unit.parent_id and style == STATE:
        superior = (unit.parent.name_on(day).name,)
    issuer = dated.name
    if style == YOUTH and not issuer.upper().startswith(("BCH", "BAN CHẤP HÀNH")):
        # A Youth Union paper is issued by the branch's executive committee.
        issuer = f"BCH {issuer}"
    return Identity(style=style, superior=superior, issuer=issuer,
                    symbol=dated.symbol or DEFAULT_SYMBOLS.get(style, ""), short_name=dated.short_name or dated.name)


def counterpart_name(unit, on=None):
    """Return how papers and stories name a unit one works with on a day: a branch by its committee ("BCH …")."""
    if unit is None:
        return BLANK
    identity = identity_for(unit, on=on)
    return identity.issuer if identity.style == YOUTH else unit.name_on(on).name


def unit_name(unit, on=None):
    """Return the name unit bore on the day `on` (today by default)."""
    return unit.name_on(on).name


def title_in(person, day, style):
    """Return person's titles on day in the capacity of a paper of `style` (a State paper: the State title).

    A person who held no position in that capacity is named with every title of the day.
    """
    if person is None:
        return ""
    return person.title_on(day, CAPACITIES[style]) or person.title_on(day)


def label_in(person, day, style):
    """Return "Name – title" as a paper of `style` dated day writes it."""
    title = title_in(person, day, style)
    return f"{person.full_name} – {title}" if title else person.full_name


def number_line(identity, *, number, kind_code):
    """Return the number line: "Số: 12/BB-CTHADS", "Số 12-BB/ĐU" or "Số: 09-BB/ĐTN".

    `number` may be blank (the clerk writes it in), a bare number, or a full number with its symbol.
    """
    number = clean(number).strip()
    page = identity.page
    prefix = "Số:" if page.number_colon else "Số"
    if "/" in number:
        return f"{prefix} {number}"
    symbol = identity.symbol or BLANK
    # The clerk writes the number in by hand: leave room that a line break cannot swallow.
    number = number or "\u00a0" * 6
    if identity.style == STATE:
        return f"{prefix} {number}/{kind_code}-{symbol}"
    return f"{prefix} {number}-{kind_code}/{symbol}"


def place_and_date(place, day):
    """Return "Thanh Hóa, ngày 31 tháng 3 năm 2023" (days below 10 with a leading zero, months 1-2 too)."""
    # Nghị định 30/2020: days below 10 and months 1 and 2 take a leading zero.
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return _("%(place)s, day %(day)s month %(month)s year %(year)s") % {
        "place": place, "day": f"{day.day:02d}", "month": month, "year": day.year,
    }


def header_block(document, identity, *, number, kind_code, place, day):
    """Add the two-column header of the identity's format and return its table.

    Every element stays on its own line at any page width: a line too long for its column is set
    a little smaller or, for body names, broken at a word (see textfit.fit_lines).
    """
    page = identity.page
    width = text_width_mm(document)
    left_width = page.left_column - (165 - width) // 2
    table = fixed_table(document, [left_width, width - left_width])
    narrow_cell_margins(table)
    left, right = table.rows[0].cells
    # Cell padding (1 mm a side) and a little slack for Word's own metrics.
    room_left, room_right = left_width - SAFETY_MM, width - left_width - SAFETY_MM
    size = page.header_size
    left_lines = []
    for line in identity.superior:
        left_lines += _fitted(line.upper(), size, room_left)
    issuer = identity.issuer.upper() or BLANK
    if identity.style == STATE:
        left_lines += _fitted(issuer, size, room_left, bold=True)
        left_lines[-1][1]["rule"] = min(room_left / 2, 30)
    else:
        left_lines += _fitted(issuer, size, room_left, bold=True)
        left_lines.append((page.mark, {"size": size}))
    left_lines += _fitted(number_line(identity, number=number, kind_code=kind_code), page.number_size, room_left)
    centred_lines(left, left_lines)
    date_line = _fitted(place_and_date(place, day), page.date_size, room_right, italic=True)
    if identity.style == STATE:
        right_lines = (_fitted(MOTTO[0], page.title_size, room_right, bold=True)
                       + _fitted(MOTTO[1], page.title_size + 1, room_right, bold=True, underline=True)
                       + [("", {"size": 6})] + date_line)
    else:
        title = PARTY_TITLE if identity.style == PARTY else YOUTH_TITLE
        right_lines = (_fitted(title, page.title_size, room_right, bold=True, underline=True)
                       + [("", {"size": 8})] + date_line)
    centred_lines(right, right_lines)
    paragraph(document, "")
    return table


def _fitted(text, size, room, **options):
    """Return centred_lines entries printing text within `room` mm."""
    return [(line, {**options, "size": line_size})
            for line, line_size in fit_lines(text, size, room, bold=options.get("bold", False))]


def kind_and_subject(document, identity, *, kind, subject):
    """Add the paper's kind ("BIÊN BẢN") and its subject line, centred and bold."""
    page = identity.page
    paragraph(document, kind.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=page.kind_size,
              space_after=0, keep_with_next=True)
    if subject:
        paragraph(document, subject, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=page.body_size,
                  space_after=0, keep_with_next=True)
    if identity.style == STATE:
        short_rule(document, 30, within_mm=text_width_mm(document))
    paragraph(document, "", space_after=0)


def signature_and_recipients(document, identity, *, signers, recipients, closing=()):
    """Add the closing lines, the signatures and "Nơi nhận", kept together on one page.

    `signers` is a list of (title lines, name); with one signer "Nơi nhận" takes the left column.
    `recipients` are lines without the leading dash; "Lưu" is added.
    """
    page = identity.page
    _keep_last_paragraph_with_next(document)
    for line in closing:
        paragraph(document, line, indent_first=True, keep_with_next=True)
    paragraph(document, "", keep_with_next=True, space_after=0)
    width = text_width_mm(document)
    recipient_lines = _recipient_lines(identity, recipients)
    if len(signers) == 1:
        table = fixed_table(document, [width // 2, width - width // 2])
        _recipients_cell(table.rows[0].cells[0], identity, recipient_lines)
        _signer_cell(table.rows[0].cells[1], page, *signers[0])
    else:
        table = fixed_table(document, [width // len(signers)] * len(signers))
        for cell, (titles, name) in zip(table.rows[0].cells, signers, strict=True):
            _signer_cell(cell, page, titles, name)
        if recipient_lines:
            paragraph(document, "")
            box = fixed_table(document, [width // 2, width - width // 2])
            _recipients_cell(box.rows[0].cells[0], identity, recipient_lines)
            keep_row_on_one_page(box.rows[0])
    keep_row_on_one_page(table.rows[0])
    return table


def _keep_last_paragraph_with_next(document):
    """Tie the text's last paragraph (and the empty ones after it) to the signature, so no page starts with it."""
    for element in reversed(list(document.element.body)):
        if element.tag == qn("w:sectPr"):
            continue
        if element.tag != qn("w:p"):
            return  # a table ends the text: its rows keep themselves whole
        para = Paragraph(element, document._body)
        para.paragraph_format.keep_with_next = True
        if para.text.strip():
            return


def _recipient_lines(identity, recipients):
    lines = [f"- {clean(line)};" for line in recipients if clean(line).strip()]
    lines.append(f"- {archive_line(identity)}.")
    return lines


def archive_line(identity):
    """Return who keeps the original: the clerk's archive (VT) of an agency, the Party office, or VT and the branch."""
    if identity.style == PARTY:
        # A Party committee's papers are kept by its own office (Văn phòng Đảng ủy).
        return f"Lưu Văn phòng {identity.short_name}" if identity.short_name else "Lưu Văn phòng cấp ủy"
    if identity.style == YOUTH:
        # A branch has no office of its own: the agency's clerk files a copy, the branch keeps its own.
        return "Lưu: VT, Chi đoàn"
    return "Lưu: VT"


def is_upper_body(unit, issuer):
    """Return True if `unit` is above the issuing unit: an ancestor, or the leadership or Party committee over it.

    Papers sent to such a body are sent "for report" (để b/c), not to be carried out.
    """
    issuer = issuing_unit(issuer)
    if unit is None or issuer is None or unit.pk == issuer.pk:
        return False
    ancestors = []
    node = issuer.parent
    while node is not None and node.pk not in ancestors:
        ancestors.append(node.pk)
        node = node.parent
    if unit.pk in ancestors:
        return True
    if unit.parent_id not in ancestors:
        return False
    if unit.kind == unit.Kind.PARTY:
        # The Party committee leads every other unit of its agency.
        return issuer.kind != issuer.Kind.PARTY
    if unit.kind == unit.Kind.LEADERSHIP:
        return issuer.kind not in (issuer.Kind.PARTY, issuer.Kind.AGENCY)
    return False


def for_report(name):
    """Return a recipient line for an upper body: "Đảng ủy Cục (để b/c)"."""
    return f"{name} ({_('for report')})"


def _recipients_cell(cell, identity, lines):
    page = identity.page
    para = cell.paragraphs[0]
    if identity.style == STATE:
        add_run(para, "Nơi nhận:", bold=True, italic=True, size=12)
    else:
        add_run(para, "Nơi nhận:", underline=True, size=page.recipients_size + 2)
    for line in lines:
        item = cell.add_paragraph()
        add_run(item, line, size=page.recipients_size)


def _signer_cell(cell, page, titles, name):
    lines = [(title.upper(), {"bold": True, "size": page.body_size}) for title in titles if title]
    lines += [("", {}), ("", {}), ("", {}), ("", {})]
    lines.append((name or "", {"bold": True, "size": page.body_size}))
    centred_lines(cell, lines, keep_together=True)
