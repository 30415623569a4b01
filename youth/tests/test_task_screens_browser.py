"""Task screens in a real browser: checkboxes, many targets, assigner, folded filters, confirmed locking (item 13)."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from youth.demo import LEADER_USERNAME, MEETING_TITLE
from youth.models import Meeting, Task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"


@pytest.fixture
def leader_page(page):
    call_command("seed_demo", stdout=StringIO())
    leader = get_user_model().objects.get(username=LEADER_USERNAME)
    leader.set_password(PASSWORD)
    leader.save()
    page.goto("/admin/login/")
    page.fill("#id_username", LEADER_USERNAME)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def test_a_task_from_the_meeting_with_ticked_units_and_five_targets(leader_page):
    page = leader_page
    meeting = Meeting.objects.get(title=MEETING_TITLE)
    page.goto(f"/cong-viec/cuoc-hop/{meeting.pk}/")
    page.get_by_role("link", name="Giao nhiệm vụ từ cuộc họp này").click()
    page.wait_for_url(re.compile(r"/cong-viec/nhiem-vu/giao/\?cuoc-hop=\d+$"))
    assert page.locator("#id_assigner option:checked").inner_text() == str(meeting.chair)
    page.fill("#id_title", "Tổ chức giải bóng đá chào mừng 77 năm")
    # A task given today names the units as they are called today.
    page.select_option("#id_lead_unit", label="Chi đoàn Thanh niên Thi hành án dân sự tỉnh")
    page.get_by_label("Văn phòng Thi hành án dân sự tỉnh").check()  # a tap each, no Ctrl-click
    page.get_by_label("Công đoàn Thi hành án dân sự tỉnh").check()
    for _ in range(2):
        page.get_by_role("button", name="Thêm chỉ tiêu").click()
    rows = page.locator(".target-row input[name$='-metric']")
    assert rows.count() == 5
    for n in range(5):
        rows.nth(n).fill(f"Chỉ tiêu {n + 1}")
    page.get_by_role("button", name="Giao nhiệm vụ").click()
    page.wait_for_url(re.compile(r"/cong-viec/nhiem-vu/\d+/$"))
    task = Task.objects.get(title="Tổ chức giải bóng đá chào mừng 77 năm")
    assert task.assigner == meeting.chair
    assert sorted(u.name for u in task.coordinating_units.all()) == [
        "Công đoàn Thi hành án dân sự tỉnh", "Văn phòng Thi hành án dân sự tỉnh"]
    assert [t.metric for t in task.targets.order_by("order")] == [f"Chỉ tiêu {n}" for n in range(1, 6)]
    assert "Chi đoàn Thanh niên Cục" in page.locator("main").inner_text()


def test_filters_fold_under_the_overdue_count_on_a_phone(leader_page):
    page = leader_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/cong-viec/")
    count = page.locator(".overdue-count")
    filters = page.locator("details.filters-box")
    assert count.bounding_box()["y"] < filters.bounding_box()["y"]
    assert filters.evaluate("d => d.open") is False
    assert not page.locator("details.filters-box select").first.is_visible()
    page.locator("details.filters-box summary").click()
    assert page.locator("details.filters-box select").first.is_visible()


def test_locking_the_minutes_asks_first(leader_page):
    page = leader_page
    meeting = Meeting.objects.get(title=MEETING_TITLE)
    page.goto(f"/cong-viec/cuoc-hop/{meeting.pk}/")
    questions = []

    def answer(dialog):
        questions.append(dialog.message)
        dialog.dismiss() if len(questions) == 1 else dialog.accept()

    page.on("dialog", answer)
    page.get_by_role("button", name="Chốt biên bản").click()
    page.wait_for_timeout(300)
    assert questions and "biên bản bị khóa" in questions[0]
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.HELD  # said no: nothing locked
    page.get_by_role("button", name="Chốt biên bản").click()
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.FINALISED
