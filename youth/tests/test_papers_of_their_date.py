"""Papers bear the names of their date: a 2023 meeting the bodies of 2023, a 2026 meeting today's.

Read back with python-docx: the header lines of the minutes, the conclusion notice and the report;
the titles of the chair and the signers in the capacity of the paper (a State paper the State title).
"""

import datetime

import pytest
from django.utils import timezone

from organisation.tests import renamed as r
from youth.exports.minutes_docx import build_minutes
from youth.exports.notice_docx import build_notice
from youth.exports.report_docx import build_party_report
from youth.models import Attendance
from youth.story import compose_story
from youth.tests.docx_reading import all_text, cell_lines, open_docx
from youth.tests.factories import make_meeting, make_task

pytestmark = pytest.mark.django_db

NO_NUMBER = "\xa0" * 6


@pytest.fixture
def department(db):
    return r.renamed_department()


def meeting_on(day, **fields):
    start = timezone.make_aware(datetime.datetime(day.year, day.month, day.day, 8, 0))
    fields.setdefault("ends_at", start + datetime.timedelta(hours=2))
    return make_meeting(starts_at=start, title="Làm việc với Chi đoàn", **fields)


def header(content):
    document = open_docx(content)
    left, right = document.tables[0].rows[0].cells
    return document, cell_lines(left), cell_lines(right)


def joined(lines):
    """Return the header's lines as one text: a long body name may break at a word to fit its column."""
    return " ".join(lines)


def test_minutes_of_a_2023_and_a_2026_meeting_bear_the_bodies_of_their_year(department):
    _doc, before, date_before = header(build_minutes(meeting_on(r.BEFORE, organiser=department.youth)))
    _doc, after, date_after = header(build_minutes(meeting_on(r.AFTER, organiser=department.youth)))
    assert joined(before) == joined([
        "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH THANH HÓA", "BCH CHI ĐOÀN THANH NIÊN CỤC", "***", f"Số: {NO_NUMBER}-BB/ĐTN"])
    assert joined(after) == joined([
        "BCH ĐOÀN UBND TỈNH THANH HÓA", "BCH CHI ĐOÀN THI HÀNH ÁN DÂN SỰ TỈNH", "***", f"Số: {NO_NUMBER}-BB/ĐTN"])
    assert date_before[-1] == "Thanh Hóa, ngày 31 tháng 3 năm 2023"
    assert date_after[-1] == "Thanh Hóa, ngày 20 tháng 3 năm 2026"


def test_state_minutes_name_the_agency_and_the_symbol_of_their_date(department):
    _doc, before, _right = header(build_minutes(meeting_on(r.BEFORE, organiser=department.office,
                                                           document_number="12")))
    _doc, after, _right = header(build_minutes(meeting_on(r.AFTER, organiser=department.office,
                                                          document_number="12")))
    assert before[:2] == ["BỘ TƯ PHÁP", "TỔNG CỤC THI HÀNH ÁN DÂN SỰ"]
    assert "VĂN PHÒNG CỤC" in before and before[-1] == "Số: 12/BB-CTHADS"
    assert after[:2] == ["BỘ TƯ PHÁP", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"]
    assert "VĂN PHÒNG" in after and "VĂN PHÒNG CỤC" not in after and after[-1] == "Số: 12/BB-THADS"
    assert not any("TỔNG CỤC" in line or line.startswith("CỤC THI HÀNH ÁN") for line in after)


def test_a_state_paper_names_the_chair_by_the_state_title_of_the_day(department):
    for day, title in ((r.BEFORE, r.DIRECTOR_BEFORE), (r.AFTER, r.DIRECTOR_AFTER)):
        meeting = meeting_on(day, organiser=department.office, chair=department.director,
                             secretary=department.secretary)
        text = all_text(open_docx(build_minutes(meeting)))
        assert f"Chủ trì: Hoàng Văn Truyền – {title}." in text
        assert "Thư ký: Lê Thị Đoàn – Chuyên viên." in text
        assert r.PARTY_SECRETARY not in text and r.BRANCH_SECRETARY not in text


def test_a_youth_union_paper_names_its_members_by_their_youth_union_title(department):
    meeting = meeting_on(r.AFTER, organiser=department.youth, chair=department.director,
                         secretary=department.secretary)
    Attendance.objects.create(meeting=meeting, person=department.secretary)
    text = all_text(open_docx(build_minutes(meeting)))
    assert "Thư ký: Lê Thị Đoàn – Bí thư Chi đoàn." in text
    assert "- Lê Thị Đoàn – Bí thư Chi đoàn" in text and "Chuyên viên" not in text
    # The chair holds no Youth Union position: every title of the day names him.
    assert f"Chủ trì: Hoàng Văn Truyền – {r.PARTY_SECRETARY}, {r.DIRECTOR_AFTER}." in text


def test_conclusion_notices_of_2023_and_2026_are_the_party_committees_of_their_year(department):
    notices = {}
    for day in (r.BEFORE, r.AFTER):
        meeting = meeting_on(day, organiser=department.youth, chair=department.director,
                             notice_issuer=department.party)
        make_task(meeting=meeting, title="Tổ chức hoạt động tình nguyện", lead_unit=department.youth,
                  start_date=day)
        notices[day] = header(build_notice(meeting))
    document, before, right = notices[r.BEFORE]
    assert joined(before) == joined(["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY CỤC", "*", f"Số {NO_NUMBER}-TB/ĐU"])
    assert right[-1] == "Thanh Hóa, ngày 31 tháng 3 năm 2023"
    text = all_text(document)
    assert "BCH Chi đoàn Thanh niên Cục" in text and "Chi đoàn Thi hành án dân sự tỉnh" not in text
    assert "T/M ĐẢNG ỦY" in text and "BÍ THƯ" in text and "CỤC TRƯỞNG" not in text
    document, after, right = notices[r.AFTER]
    assert joined(after) == joined(["ĐẢNG BỘ UBND TỈNH THANH HÓA", "ĐẢNG ỦY THI HÀNH ÁN DÂN SỰ TỈNH", "*",
                                    f"Số {NO_NUMBER}-TB/ĐU"])
    assert right[-1] == "Thanh Hóa, ngày 20 tháng 3 năm 2026"
    text = all_text(document)
    assert "BCH Chi đoàn Thi hành án dân sự tỉnh" in text and "Chi đoàn Thanh niên Cục" not in text
    assert "- Chi đoàn Thi hành án dân sự tỉnh;" in text  # the task's lead and the recipients: today's name
    assert "T/M ĐẢNG ỦY" in text and "BÍ THƯ" in text and "TRƯỞNG THI HÀNH ÁN" not in text


def test_a_state_notice_signs_with_the_state_title_of_its_day(department):
    for day, title in ((r.BEFORE, r.DIRECTOR_BEFORE), (r.AFTER, r.DIRECTOR_AFTER)):
        meeting = meeting_on(day, organiser=department.youth, chair=department.director,
                             notice_issuer=department.office)
        signature = open_docx(build_notice(meeting)).tables[-1].rows[0].cells[1]
        assert cell_lines(signature) == [title.upper(), "Hoàng Văn Truyền"]


def test_party_report_of_a_period_bears_the_names_of_its_last_day(department):
    for end, superior, branch, party in (
            (datetime.date(2023, 12, 31), r.YOUTH_SUPERIOR_BEFORE, r.YOUTH_BEFORE, r.PARTY_BEFORE),
            (datetime.date(2026, 1, 31), r.YOUTH_SUPERIOR_AFTER, r.YOUTH_AFTER, r.PARTY_AFTER)):
        content = build_party_report(start=end.replace(month=1, day=1), end=end, today=datetime.date(2026, 6, 1))
        document, left, _right = header(content)
        assert joined(left).startswith(joined([superior, f"BCH {branch}".upper(), "***"]))
        assert f"Kính gửi: {party}" in all_text(document)


def test_draft_story_names_the_bodies_and_titles_of_the_meetings_day(department):
    before = compose_story(meeting_on(r.BEFORE, organiser=department.youth, chair=department.director))
    after = compose_story(meeting_on(r.AFTER, organiser=department.youth, chair=department.director))
    assert before.title == f"Đồng chí {r.PARTY_SECRETARY}, {r.DIRECTOR_BEFORE} làm việc với BCH {r.YOUTH_BEFORE}"
    assert after.title == f"Đồng chí {r.PARTY_SECRETARY}, {r.DIRECTOR_AFTER} làm việc với BCH {r.YOUTH_AFTER}"
