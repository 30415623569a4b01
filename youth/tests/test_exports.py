"""Exports opened with their own readers: python-docx for minutes and reports, openpyxl for the list."""

import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from youth.demo import TASKS
from youth.exports.report_docx import build_party_report
from youth.tests.docx_reading import docx_text
from youth.tests.factories import days, make_target, make_task

pytestmark = pytest.mark.django_db


def test_minutes_of_the_seeded_meeting(client, leader, seeded):
    client.force_login(leader)
    response = client.get(reverse("youth:minutes_docx", args=[seeded.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert response["Content-Disposition"] == f'attachment; filename="bien-ban-2023-03-31-{seeded.pk}.docx"'
    document, text = docx_text(response.content)
    # The branch holds the meeting: its minutes carry the Youth Union heading, not the State motto.
    assert "ĐOÀN TNCS HỒ CHÍ MINH" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    assert "BIÊN BẢN" in [p.text for p in document.paragraphs]
    assert "BCH CHI ĐOÀN THANH NIÊN CỤC" in text
    assert "Thanh Hóa, ngày 31 tháng 3 năm 2023" in text
    assert "Thời gian bắt đầu: 08 giờ 00, ngày 31/03/2023." in text
    assert "Chủ trì: Hoàng Văn Truyền – Bí thư Đảng ủy, Cục trưởng." in text
    assert "có mặt 5/5 đồng chí" in text
    assert "III. KẾT LUẬN CỦA CHỦ TRÌ" in text and "IV. NHIỆM VỤ ĐƯỢC GIAO" in text
    for group, title, *_rest in TASKS:
        assert title in text, group
    assert "19/07/2023" in text and "Số vận động viên" in text
    assert "THƯ KÝ" in text and "CHỦ TRÌ" in text
    assert document.styles["Normal"].font.name == "Times New Roman"


def test_minutes_without_end_time_leave_blanks_to_fill(client, leader, seeded):
    client.force_login(leader)
    _document, text = docx_text(client.get(reverse("youth:minutes_docx", args=[seeded.pk])).content)
    assert "Cuộc họp kết thúc vào lúc …… giờ ……, ngày ……." in text


def test_party_report_for_a_period(seeded):
    sports = seeded.tasks.get(group="Nhóm 4")
    target = sports.targets.get(metric="Số đội tham gia")
    target.target_value, target.actual_value = 8, 6
    target.save()
    content = build_party_report(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 12, 31),
                                 today=datetime.date(2024, 1, 10))
    _document, text = docx_text(content)
    assert "BÁO CÁO" in text
    assert "Kết quả thực hiện nhiệm vụ được giao từ ngày 01/01/2023 đến ngày 31/12/2023" in text
    assert "Kính gửi: Đảng ủy Cục" in text
    assert "Số nhiệm vụ trong kỳ: 5 (tình trạng đến ngày 31/12/2023)." in text
    assert "Nhóm 4" in text and "Số đội tham gia" in text and "75%" in text
    # On 31/12/2023 the sports task (deadline 19/7/2023) is late and still open.
    assert "Quá hạn" in text
    assert "III. TỒN TẠI, HẠN CHẾ VÀ NỘI DUNG ĐỀ NGHỊ CHỈ ĐẠO" in text


def test_party_report_leaves_out_tasks_outside_the_period(seeded):
    _document, text = docx_text(build_party_report(start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31)))
    assert "Số nhiệm vụ trong kỳ: 0" in text


def test_party_report_download(client, leader, seeded):
    client.force_login(leader)
    response = client.get(reverse("youth:party_report"), {"start": "01/01/2023", "end": "31/12/2023"})
    assert response.status_code == 200
    assert 'filename="bao-cao-dang-uy-20230101-20231231.docx"' in response["Content-Disposition"]
    assert "BÁO CÁO" in docx_text(response.content)[1]


def test_task_list_xlsx(client, leader):
    late = make_task(title="Việc quá hạn", group="Nhóm 1", deadline=days(-2))
    make_target(late, metric="Số đội", unit="đội", target_value=8, actual_value=3)
    make_task(title="Việc không hạn", group="Nhóm 2", deadline=None)
    make_task(title="Việc đã hủy", state="cancelled")
    client.force_login(leader)
    response = client.get(reverse("youth:tasks_xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(min_row=4, values_only=True))  # the title, its date and a blank line above
    assert rows[0][:3] == ("STT", "Nhóm", "Nhiệm vụ")
    assert [row[2] for row in rows[1:]] == ["Việc quá hạn", "Việc không hạn"]
    assert rows[1][8].date() == days(-2)
    assert rows[1][10] == "Quá hạn"
    assert rows[1][12] == "Số đội: 3/8 đội"
    assert rows[2][10] == "Không thời hạn"
    assert sheet.cell(row=5, column=9).number_format == "DD/MM/YYYY"


def test_task_list_xlsx_follows_filters_and_permissions(client, member, unit):
    make_task(title="Việc của chi đoàn", lead_unit=unit, deadline=days(-1))
    make_task(title="Việc chi đoàn chưa đến hạn", lead_unit=unit, deadline=days(30))
    make_task(title="Việc của phòng khác", deadline=days(-1))
    client.force_login(member)
    response = client.get(reverse("youth:tasks_xlsx"), {"timeliness": "overdue"})
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(min_row=5, values_only=True))
    assert [row[2] for row in rows] == ["Việc của chi đoàn"]


def test_control_characters_typed_before_the_check_do_not_break_any_export(client, leader, seeded):
    task = seeded.tasks.first()
    task.title = "Giải bóng đá\x07 chào mừng\x1f"  # PostgreSQL refuses NUL itself
    task.description = "Mô tả\x1b"
    task.save()
    seeded.title = "Sinh hoạt\x0b chi đoàn"
    seeded.save()
    client.force_login(leader)
    sheet = load_workbook(io.BytesIO(client.get(reverse("youth:tasks_xlsx")).content)).active
    assert "Giải bóng đá chào mừng" in [row[2] for row in sheet.iter_rows(values_only=True)]
    response = client.get(reverse("youth:party_report"), {"start": "01/01/2023", "end": "31/12/2023"})
    assert response.status_code == 200
    assert "Giải bóng đá chào mừng" in docx_text(response.content)[1]
    response = client.get(reverse("youth:minutes_docx", args=[seeded.pk]))
    assert response.status_code == 200
    assert "Giải bóng đá chào mừng" in docx_text(response.content)[1]


def test_a_task_title_like_a_formula_is_text_in_the_xlsx(client, leader):
    make_task(title="=HYPERLINK(\"http://evil.example\",\"Bấm vào\")", deadline=days(3))
    make_task(title="- Rà soát hồ sơ", deadline=days(4))
    client.force_login(leader)
    sheet = load_workbook(io.BytesIO(client.get(reverse("youth:tasks_xlsx")).content)).active
    cells = {sheet.cell(row=row, column=3).value: sheet.cell(row=row, column=3) for row in (5, 6)}
    formula = cells["=HYPERLINK(\"http://evil.example\",\"Bấm vào\")"]
    assert formula.data_type == "s" and formula.quotePrefix
    assert cells["- Rà soát hồ sơ"].data_type == "s"
