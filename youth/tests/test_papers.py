"""The meeting papers read back with python-docx: header per document identity, page set-up, tables."""

import datetime

import pytest
from django.utils import timezone
from docx.shared import Mm, Pt

from youth.exports.identity import FORMATS, Identity, number_line
from youth.exports.minutes_docx import build_minutes
from youth.exports.notice_docx import build_notice
from youth.exports.report_docx import build_party_report
from youth.exports.textfit import fit_lines, width_mm
from youth.models import Attendance, Unit
from youth.tests.docx_reading import (
    all_text,
    cell_lines,
    cell_widths_mm,
    field_instructions,
    grid_mm,
    is_repeated_header,
    layout_type,
    open_docx,
    runs_with,
    text_width_mm,
)
from youth.tests.factories import make_meeting, make_person, make_task, make_unit

pytestmark = pytest.mark.django_db

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NO_NUMBER = "\xa0" * 6


@pytest.fixture
def bodies(db):
    """One organising body of each identity, with the superior body each format names."""
    agency = make_unit(name="Cục Thi hành án dân sự tỉnh Thanh Hóa", kind=Unit.Kind.AGENCY)
    return {
        "state": make_unit(name="Văn phòng Cục", kind=Unit.Kind.OFFICE, parent=agency, symbol="CTHADS",
                           superior_name="BỘ TƯ PHÁP\nCỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"),
        "party": make_unit(name="Đảng ủy Cục", short_name="Đảng ủy", kind=Unit.Kind.PARTY, parent=agency,
                           superior_name="ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", symbol="ĐU"),
        "youth": make_unit(name="Chi đoàn Cục", kind=Unit.Kind.YOUTH_UNION, parent=agency,
                           superior_name="BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH THANH HÓA", symbol="ĐTN"),
    }


def minutes_of(unit, **fields):
    start = timezone.make_aware(datetime.datetime(2023, 3, 31, 8, 0))
    fields.setdefault("ends_at", start + datetime.timedelta(hours=2, minutes=30))
    meeting = make_meeting(organiser=unit, starts_at=start, title="Sinh hoạt định kỳ tháng 3", **fields)
    return meeting, open_docx(build_minutes(meeting))


@pytest.mark.parametrize("style", ["state", "party", "youth"])
def test_page_set_up_follows_the_format(bodies, style):
    _meeting, document = minutes_of(bodies[style])
    section = document.sections[0]
    assert (round(section.page_width / Mm(1)), round(section.page_height / Mm(1))) == (210, 297)
    top, bottom, left, right = FORMATS[style].margins
    assert [round(m / Mm(1)) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                       section.right_margin)] == [top, bottom, left, right]
    assert 20 <= top <= 25 and 20 <= bottom <= 25 and 30 <= left <= 35 and 15 <= right <= 20
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size == Pt(14)


def test_state_header(bodies):
    _meeting, document = minutes_of(bodies["state"], document_number="12")
    left, right = document.tables[0].rows[0].cells
    assert cell_lines(left) == ["BỘ TƯ PHÁP", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ", "VĂN PHÒNG CỤC",
                                "Số: 12/BB-CTHADS"]
    assert runs_with(left, "VĂN PHÒNG CỤC")[0].bold and not runs_with(left, "BỘ TƯ PHÁP")[0].bold
    lines = cell_lines(right)
    assert lines[:2] == [MOTTO, "Độc lập - Tự do - Hạnh phúc"]
    assert lines[-1] == "Thanh Hóa, ngày 31 tháng 3 năm 2023"
    assert runs_with(right, MOTTO)[0].bold
    slogan = runs_with(right, "Độc lập - Tự do - Hạnh phúc")[0]
    assert slogan.bold and slogan.underline
    assert runs_with(right, "Thanh Hóa, ngày 31 tháng 3 năm 2023")[0].italic
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in all_text(document)


def test_party_header(bodies):
    _meeting, document = minutes_of(bodies["party"], document_number="12")
    left, right = document.tables[0].rows[0].cells
    assert cell_lines(left) == ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY CỤC", "*", "Số 12-BB/ĐU"]
    assert runs_with(left, "ĐẢNG ỦY CỤC")[0].bold
    assert cell_lines(right) == ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 31 tháng 3 năm 2023"]
    title = runs_with(right, "ĐẢNG CỘNG SẢN VIỆT NAM")[0]
    assert title.bold and title.underline and title.font.size == Pt(15)
    assert MOTTO not in all_text(document)


def test_youth_union_header(bodies):
    _meeting, document = minutes_of(bodies["youth"], document_number="09")
    left, right = document.tables[0].rows[0].cells
    # The superior body's long name is broken before the place, as offices write it.
    assert cell_lines(left) == ["BCH ĐOÀN KHỐI CÁC CƠ QUAN", "TỈNH THANH HÓA", "BCH CHI ĐOÀN CỤC", "***",
                                "Số: 09-BB/ĐTN"]
    assert cell_lines(right) == ["ĐOÀN TNCS HỒ CHÍ MINH", "Thanh Hóa, ngày 31 tháng 3 năm 2023"]
    assert runs_with(right, "ĐOÀN TNCS HỒ CHÍ MINH")[0].bold
    assert MOTTO not in all_text(document)


@pytest.mark.parametrize("style", ["state", "party", "youth"])
def test_header_grid_agrees_with_the_cells_and_the_page(bodies, style):
    _meeting, document = minutes_of(bodies[style])
    header = document.tables[0]
    assert layout_type(header) == "fixed"
    assert grid_mm(header) == cell_widths_mm(header.rows[0])
    assert abs(sum(grid_mm(header)) - text_width_mm(document)) <= 1


@pytest.mark.parametrize("style", ["state", "party", "youth"])
def test_header_lines_fit_their_column(bodies, style):
    _meeting, document = minutes_of(bodies[style])
    header = document.tables[0]
    for cell, column in zip(header.rows[0].cells, grid_mm(header), strict=True):
        for para in cell.paragraphs:
            for run in para.runs:
                if run.text:
                    assert width_mm(run.text, run.font.size.pt, bold=bool(run.bold)) < column, run.text


@pytest.mark.parametrize("style", ["state", "party", "youth"])
def test_page_numbers_from_page_two(bodies, style):
    _meeting, document = minutes_of(bodies[style])
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in field_instructions(section.header)
    assert field_instructions(section.first_page_header) == []


def test_task_table_widths_and_repeated_header(bodies):
    meeting = make_meeting(organiser=bodies["youth"])
    for number in range(1, 4):
        make_task(meeting=meeting, group=f"Nhóm {number}", title="Một nhiệm vụ khá dài " * 5,
                  lead_unit=bodies["youth"], deadline=datetime.date(2023, 7, 19))
    document = open_docx(build_minutes(meeting))
    table = next(t for t in document.tables if cell_lines(t.rows[0].cells[0]) == ["STT"])
    assert [cell_lines(c)[0] for c in table.rows[0].cells] == ["STT", "Nhiệm vụ", "Chủ trì thực hiện", "Thời hạn"]
    widths = grid_mm(table)
    assert widths == cell_widths_mm(table.rows[1])
    assert widths[1] >= 0.45 * sum(widths) and widths[1] == max(widths)
    assert abs(sum(widths) - text_width_mm(document)) <= 1
    assert is_repeated_header(table.rows[0]) and not is_repeated_header(table.rows[1])
    assert cell_lines(table.rows[1].cells[3]) == ["19/07/2023"]


def test_minutes_carry_times_signatures_and_recipients(bodies):
    meeting, document = minutes_of(bodies["youth"])
    office = make_unit(name="Văn phòng dự họp")
    Attendance.objects.create(meeting=meeting, person=make_person(unit=office, full_name="Người dự họp"))
    text = all_text(open_docx(build_minutes(meeting)))
    assert "Thời gian bắt đầu: 08 giờ 00, ngày 31/03/2023." in text
    assert "Cuộc họp kết thúc vào lúc 10 giờ 30, ngày 31/03/2023." in text
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text
    assert "Biên bản đã được thông qua trước cuộc họp" in text
    assert "Nơi nhận:" in text and "- Văn phòng dự họp;" in text and "- Lưu: VT, Chi đoàn." in text


def test_conclusion_notice_of_the_seed_meeting_is_the_party_committees(seeded):
    document = open_docx(build_notice(seeded))
    left, right = document.tables[0].rows[0].cells
    # The number is left for the clerk: room that a line break cannot swallow.
    assert cell_lines(left) == ["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY CỤC", "*", f"Số {NO_NUMBER}-TB/ĐU"]
    assert cell_lines(right)[0] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    paragraphs = [p.text for p in document.paragraphs]
    assert "THÔNG BÁO" in paragraphs
    assert ("Kết luận của đồng chí Bí thư Đảng ủy, Cục trưởng Hoàng Văn Truyền tại buổi làm việc với "
            "BCH Chi đoàn Thanh niên Cục") in paragraphs
    text = all_text(document)
    assert "Sau khi nghe đồng chí Bí thư Chi đoàn (tên mẫu) – Bí thư Chi đoàn Thanh niên Cục trình bày báo cáo" in text
    assert "Ngày 31/03/2023" in text and "kết luận như sau:" in text
    assert "1. Ghi nhận những đóng góp của Chi đoàn trong thời gian qua." in paragraphs
    assert "19/07/2023" in text and "Phối hợp: Văn phòng Cục" in text
    assert "T/M ĐẢNG ỦY" in text and "BÍ THƯ" in text and "Hoàng Văn Truyền" in text
    assert "- Chi đoàn Thanh niên Cục;" in text and "- Văn phòng Cục;" in text
    assert "- Đảng ủy Cục;" not in text  # the issuer does not send the notice to itself


def test_identity_without_superior_name_uses_the_parent_and_leadership_writes_as_the_agency(bodies):
    agency = bodies["state"].parent
    agency.superior_name, agency.symbol = "BỘ TƯ PHÁP", "CTHADS"
    agency.save()
    department = make_unit(name="Phòng Nghiệp vụ", kind=Unit.Kind.DEPARTMENT, parent=agency)
    leadership = make_unit(name="Lãnh đạo Cục", kind=Unit.Kind.LEADERSHIP, parent=agency)
    left = open_docx(build_minutes(make_meeting(organiser=department))).tables[0].rows[0].cells[0]
    assert cell_lines(left)[:3] == ["CỤC THI HÀNH ÁN DÂN SỰ", "TỈNH THANH HÓA", "PHÒNG NGHIỆP VỤ"]
    left = open_docx(build_minutes(make_meeting(organiser=leadership))).tables[0].rows[0].cells[0]
    assert cell_lines(left) == ["BỘ TƯ PHÁP", "CỤC THI HÀNH ÁN DÂN SỰ", "TỈNH THANH HÓA", f"Số: {NO_NUMBER}/BB-CTHADS"]


def test_notice_without_issuer_falls_back_to_the_chairs_unit(bodies):
    chair = make_person(unit=bodies["state"], full_name="Lê Văn Chủ", position="Chánh Văn phòng")
    meeting = make_meeting(organiser=bodies["youth"], chair=chair)
    left, right = open_docx(build_notice(meeting)).tables[0].rows[0].cells
    assert cell_lines(right)[0] == MOTTO
    assert "VĂN PHÒNG CỤC" in cell_lines(left)


@pytest.mark.parametrize("build", [build_minutes, build_notice])
def test_bare_meeting_with_control_characters_and_long_texts_still_exports(build):
    # PostgreSQL refuses NUL itself; every other C0 character can reach the database.
    meeting = make_meeting(title="Họp\x01 không\x07 chủ trì\x1b", conclusions="", place="Phòng\x0b họp")
    make_task(meeting=meeting, title="Nhiệm vụ\x0c rất dài " * 15, group="Nhóm\x01 1")  # near the 300 limit
    document = open_docx(build(meeting))
    text = all_text(document)
    assert not any(char in text for char in "\x01\x07\x0b\x0c\x1b")
    # Nothing but the control characters is lost; Word's form feed (a page break) becomes a line break.
    assert "Nhiệm vụ\n rất dài" in text
    assert "……" in text  # blanks to fill by hand


def test_number_lines_of_each_format():
    def identity(style, symbol):
        return Identity(style=style, superior=(), issuer="X", symbol=symbol)

    assert number_line(identity("state", "CTHADS"), number="12", kind_code="BB") == "Số: 12/BB-CTHADS"
    assert number_line(identity("party", "ĐU"), number="12", kind_code="TB") == "Số 12-TB/ĐU"
    assert number_line(identity("youth", "ĐTN"), number="09", kind_code="BB") == "Số: 09-BB/ĐTN"
    assert number_line(identity("youth", "ĐTN"), number="05-BB/ĐTN", kind_code="BB") == "Số: 05-BB/ĐTN"
    assert number_line(identity("party", "ĐU"), number="", kind_code="BB").endswith("-BB/ĐU")


def test_long_body_names_break_at_a_word_and_fit():
    lines = fit_lines("CỤC THI HÀNH ÁN DÂN SỰ TỈNH THANH HÓA NGÀNH TƯ PHÁP", 13, 60, bold=True)
    assert len(lines) == 2
    assert all(width_mm(text, size, bold=True) <= 60 for text, size in lines)
    assert fit_lines("ĐẢNG ỦY CỤC", 14, 60, bold=True) == [("ĐẢNG ỦY CỤC", 14)]


def test_party_report_signs_beside_its_recipients(seeded):
    document = open_docx(build_party_report(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 12, 31)))
    signature = document.tables[-1]
    assert len(signature.rows[0].cells) == 2  # no empty signature cell
    recipients, signer = signature.rows[0].cells
    assert cell_lines(recipients) == ["Nơi nhận:", "- Đảng ủy Cục (để b/c);", "- Lưu: VT, Chi đoàn."]
    assert cell_lines(signer) == ["T/M BAN CHẤP HÀNH", "BÍ THƯ", "Bí thư Chi đoàn (tên mẫu)"]
    left = document.tables[0].rows[0].cells[0]
    assert cell_lines(left)[-3:] == ["BCH CHI ĐOÀN THANH NIÊN CỤC", "***", f"Số: {NO_NUMBER}-BC/ĐTN"]


def test_long_conclusions_and_titles_are_kept_whole(bodies):
    conclusions = "\n".join(f"Kết luận số {n}: " + "nội dung rất dài " * 40 for n in range(1, 6))
    meeting = make_meeting(organiser=bodies["party"], title="Tiêu đề rất dài " * 18, conclusions=conclusions)
    for build in (build_minutes, build_notice):
        text = all_text(open_docx(build(meeting)))
        assert all(f"Kết luận số {n}: " + "nội dung rất dài " * 39 in text for n in range(1, 6))
