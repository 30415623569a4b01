"""The papers close as a văn thư expects: dated their day, "Nơi nhận" and "Lưu" of their body, nothing left alone."""

import datetime
from unittest import mock

import pytest
from django.utils import timezone

from youth.exports.minutes_docx import build_minutes
from youth.exports.notice_docx import build_notice
from youth.exports.report_docx import build_party_report
from youth.models import Attendance, Unit
from youth.tests.docx_reading import all_text, cell_lines, open_docx
from youth.tests.factories import make_meeting, make_person, make_task, make_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency(db):
    """An agency with its leadership, Party committee, office and Youth Union branch."""
    agency = make_unit(name="Thi hành án dân sự tỉnh Thanh Hóa", kind=Unit.Kind.AGENCY, symbol="THADS",
                       superior_name="BỘ TƯ PHÁP")
    units = {"agency": agency}
    for key, name, kind, short in [
        ("leadership", "Lãnh đạo Thi hành án dân sự tỉnh", Unit.Kind.LEADERSHIP, ""),
        ("party", "Đảng ủy Thi hành án dân sự tỉnh", Unit.Kind.PARTY, "Đảng ủy"),
        ("office", "Văn phòng", Unit.Kind.OFFICE, ""),
        ("branch", "Chi đoàn Thi hành án dân sự tỉnh", Unit.Kind.YOUTH_UNION, ""),
    ]:
        units[key] = make_unit(name=name, kind=kind, parent=agency, short_name=short)
    return units


def meeting_of(units, organiser, **fields):
    start = timezone.make_aware(datetime.datetime(2026, 3, 5, 8, 0))
    meeting = make_meeting(organiser=units[organiser], starts_at=start, ends_at=start + datetime.timedelta(hours=2),
                           **fields)
    for key in ("leadership", "party", "office", "branch"):
        Attendance.objects.create(meeting=meeting, person=make_person(unit=units[key], full_name=f"Người {key}"))
    return meeting


def recipients_of(document):
    """Return the lines of the cell that starts with "Nơi nhận:"."""
    for table in document.tables:
        for cell in table.rows[0].cells:
            lines = cell_lines(cell)
            if lines and lines[0] == "Nơi nhận:":
                return lines
    raise AssertionError("no Nơi nhận")


def test_branch_minutes_go_for_report_to_the_bodies_above_and_are_kept_by_vt_and_the_branch(agency):
    lines = recipients_of(open_docx(build_minutes(meeting_of(agency, "branch"))))
    assert lines == ["Nơi nhận:", "- Lãnh đạo Thi hành án dân sự tỉnh (để b/c);",
                     "- Đảng ủy Thi hành án dân sự tỉnh (để b/c);", "- Văn phòng;", "- Lưu: VT, Chi đoàn."]
    assert not any("Lưu VP" in line for line in lines)


def test_party_notice_is_kept_by_the_party_office_and_sends_nothing_for_report_below_it(agency):
    chair = make_person(unit=agency["party"], full_name="Hoàng Văn Truyền", position="Bí thư Đảng ủy")
    meeting = meeting_of(agency, "branch", chair=chair, notice_issuer=agency["party"])
    lines = recipients_of(open_docx(build_notice(meeting)))
    assert lines[-1] == "- Lưu Văn phòng Đảng ủy."
    assert "- Chi đoàn Thi hành án dân sự tỉnh;" in lines and "- Văn phòng;" in lines
    assert not any("b/c" in line for line in lines)


def test_office_minutes_are_kept_by_the_clerk_and_report_to_leadership_and_party(agency):
    lines = recipients_of(open_docx(build_minutes(meeting_of(agency, "office"))))
    assert lines[-1] == "- Lưu: VT."
    assert "- Lãnh đạo Thi hành án dân sự tỉnh (để b/c);" in lines
    assert "- Chi đoàn Thi hành án dân sự tỉnh;" in lines


def test_notice_downloaded_later_is_dated_the_meetings_day(agency):
    chair = make_person(unit=agency["party"], full_name="Hoàng Văn Truyền", position="Bí thư Đảng ủy")
    meeting = meeting_of(agency, "branch", chair=chair, notice_issuer=agency["party"])
    later = timezone.make_aware(datetime.datetime(2026, 4, 20, 10, 0))
    with mock.patch("django.utils.timezone.now", return_value=later):
        document = open_docx(build_notice(meeting))
    assert "Thanh Hóa, ngày 05 tháng 3 năm 2026" in cell_lines(document.tables[0].rows[0].cells[1])
    assert "20 tháng 4" not in all_text(document) and "20/04/2026" not in all_text(document)


def test_minutes_close_with_the_end_time_and_their_approval_then_the_signatures(agency):
    document = open_docx(build_minutes(meeting_of(agency, "branch")))
    texts = [p.text for p in document.paragraphs]
    ended = texts.index("Cuộc họp kết thúc vào lúc 10 giờ 00, ngày 05/03/2026.")
    assert texts[ended + 1] == ("Biên bản đã được thông qua trước cuộc họp và những người dự họp nhất trí với "
                                "nội dung biên bản./.")
    assert all(p.paragraph_format.keep_with_next for p in document.paragraphs[ended:ended + 2])


def test_report_keeps_its_last_paragraph_with_the_signature(agency):
    make_task(title="Việc trễ hạn", lead_unit=agency["branch"], start_date=datetime.date(2026, 1, 5),
              deadline=datetime.date(2026, 2, 1))
    document = open_docx(build_party_report(start=datetime.date(2026, 1, 1), end=datetime.date(2026, 3, 31),
                                            today=datetime.date(2026, 3, 31)))
    texts = [p.text for p in document.paragraphs]
    last = max(i for i, text in enumerate(texts) if text.startswith("- Việc trễ hạn:"))
    # The last paragraph and the empty ones after it stick to the signature table that follows.
    assert all(p.paragraph_format.keep_with_next for p in document.paragraphs[last:])
    body = list(document.element.body)
    assert body[body.index(document.paragraphs[-1]._p) + 1] is document.tables[-1]._tbl
