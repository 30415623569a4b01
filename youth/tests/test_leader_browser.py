"""A leader in a real browser: a meeting with attendees, two tasks, the dashboard, the minutes .docx."""

import re

import docx
import pytest

from youth.models import Meeting
from youth.tests.factories import days, make_person, make_unit, make_work_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def choose(page, select_id, text):
    """Pick `text` in the admin's select2 autocomplete for the <select id=select_id>, typing as a user does."""
    page.click(f"#{select_id} + .select2 .select2-selection")
    page.locator(".select2-container--open .select2-search__field").fill(text[:6])
    page.locator(".select2-results__option", has_text=text).click()
    assert text in page.locator(f"#{select_id} + .select2 .select2-selection__rendered").inner_text()


def assign_task(page, meeting, title, start, deadline):
    page.goto(f"/cong-viec/cuoc-hop/{meeting.pk}/")
    page.get_by_role("link", name="Giao nhiệm vụ từ cuộc họp này").click()
    page.wait_for_url(re.compile(r"/cong-viec/nhiem-vu/giao/\?cuoc-hop=\d+$"))
    assert page.locator("#id_meeting option:checked").inner_text() == meeting.title
    page.fill("#id_title", title)
    page.select_option("#id_lead_unit", label="Chi đoàn Thanh niên Cục")
    page.fill("#id_start_date", f"{start:%d/%m/%Y}")
    page.fill("#id_deadline", f"{deadline:%d/%m/%Y}")
    page.get_by_role("button", name="Giao nhiệm vụ").click()
    page.wait_for_url(re.compile(r"/cong-viec/nhiem-vu/\d+/$"))
    assert "Đã giao nhiệm vụ." in page.locator(".messages").inner_text()


def test_leader_meeting_tasks_dashboard_and_minutes(page, tmp_path):
    branch = make_unit(name="Chi đoàn Thanh niên Cục")
    make_person(full_name="Nguyễn Văn An", unit=branch)
    make_person(full_name="Trần Thị Bình", unit=branch)
    leader = make_work_user(leader=True, username="lanhdao", unit=branch)
    leader.is_staff = True
    leader.save()

    log_in(page, "lanhdao")
    page.goto("/admin/youth/meeting/add/")
    page.fill("#id_title", "Sinh hoạt Chi đoàn tháng 11")
    page.fill("#id_starts_at_0", f"{days(-7):%d/%m/%Y}")
    page.fill("#id_starts_at_1", "08:00")
    page.fill("#id_place", "Hội trường Cục")
    page.select_option("#id_state", "held")
    choose(page, "id_organiser", "Chi đoàn Thanh niên Cục")
    choose(page, "id_chair", "Nguyễn Văn An")
    for row, name in enumerate(["Nguyễn Văn An", "Trần Thị Bình"]):
        page.locator("#attendance-group .add-row a").click()
        choose(page, f"id_attendance-{row}-person", name)
    page.fill("#id_conclusions", "Giao hai nhiệm vụ cho Chi đoàn.")
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r"/admin/youth/meeting/$"))
    meeting = Meeting.objects.get()
    assert sorted(meeting.attendance.values_list("person__full_name", flat=True)) == ["Nguyễn Văn An",
                                                                                        "Trần Thị Bình"]

    assign_task(page, meeting, "Dọn vệ sinh khuôn viên cơ quan", start=days(-7), deadline=days(30))
    assign_task(page, meeting, "Nộp báo cáo quý cho Đoàn Khối", start=days(-7), deadline=days(-2))

    page.goto("/cong-viec/")
    first = page.locator("table.tasks tbody tr").first
    assert "Nộp báo cáo quý cho Đoàn Khối" in first.inner_text()
    badge = first.locator(".badge")
    assert badge.inner_text() == "Quá hạn"
    assert "badge-red" in badge.get_attribute("class")
    assert badge.evaluate("b => getComputedStyle(b).backgroundColor") == "rgb(198, 40, 40)"
    assert "Dọn vệ sinh khuôn viên cơ quan" in page.locator("table.tasks tbody tr").nth(1).inner_text()

    page.goto(f"/cong-viec/cuoc-hop/{meeting.pk}/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải biên bản (.docx)").click()
    assert download.value.suggested_filename.endswith(".docx")
    path = tmp_path / "bien-ban.docx"
    download.value.save_as(path)
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    text += "\n".join(cell.text for table in docx.Document(path).tables for row in table.rows for cell in row.cells)
    for expected in ("Sinh hoạt Chi đoàn tháng 11", "Nguyễn Văn An", "Trần Thị Bình", "Hội trường Cục",
                     "Nộp báo cáo quý cho Đoàn Khối"):
        assert expected in text
