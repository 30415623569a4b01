"""A leader extends, then cancels a task from its page in a real browser (issue 12, item 13)."""

import re

import pytest

from core.testing.checks import log_in_context
from youth.models import Task, TaskChange
from youth.tests.factories import days, make_task, make_unit, make_work_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def dmy(date):
    return date.strftime("%d/%m/%Y")


def test_a_leader_extends_then_cancels_a_task_from_its_page(page, live_server):
    leader = make_work_user(leader=True, username="lanhdao-gh")
    task = make_task(lead_unit=make_unit(name="Chi đoàn Thanh niên Cục"), deadline=days(-1),
                     state=Task.State.IN_PROGRESS, title="Nộp báo cáo sơ kết 6 tháng")
    log_in_context(page.context, live_server, leader)
    page.goto(task.get_absolute_url())
    assert page.locator(".badge").inner_text() == "Quá hạn"

    # A refused extension: the message stands next to the field, what was typed stays.
    page.locator("details.adjust-box summary", has_text="Gia hạn").click()
    page.get_by_label("Thời hạn mới").fill(dmy(days(-1)))
    page.get_by_label("Lý do gia hạn").fill("Chờ số liệu của các chi đoàn")
    page.get_by_role("button", name="Lưu gia hạn").click()
    page.wait_for_url(re.compile(rf"/cong-viec/nhiem-vu/{task.pk}/gia-han/$"))  # refused: answered in place (400)
    field = page.locator("div", has=page.get_by_label("Thời hạn mới")).last
    assert "Thời hạn mới phải sau thời hạn hiện tại" in field.inner_text()
    assert page.get_by_label("Lý do gia hạn").input_value() == "Chờ số liệu của các chi đoàn"

    page.get_by_label("Thời hạn mới").fill(dmy(days(7)))
    page.get_by_role("button", name="Lưu gia hạn").click()
    page.wait_for_url(re.compile(rf"/cong-viec/nhiem-vu/{task.pk}/$"))
    assert page.locator(".badge").inner_text() == "Trong hạn"
    history = page.locator(".task-changes li").first.inner_text()
    assert history.startswith(f"Gia hạn từ {dmy(days(-1))} đến {dmy(days(7))} – Chờ số liệu của các chi đoàn – ")

    questions = []

    def answer(dialog):
        questions.append(dialog.message)
        dialog.accept()

    page.on("dialog", answer)
    page.locator("details.adjust-box summary", has_text="Hủy nhiệm vụ").click()
    page.get_by_label("Lý do hủy").fill("Cấp trên đã điều chỉnh kế hoạch")
    page.get_by_role("button", name="Xác nhận hủy nhiệm vụ").click()
    page.wait_for_url(re.compile(rf"/cong-viec/nhiem-vu/{task.pk}/$"))
    page.wait_for_selector(".messages")
    assert questions and "Hủy nhiệm vụ này?" in questions[0]
    lines = page.locator(".task-changes li").all_inner_texts()
    assert lines[0].startswith("Hủy nhiệm vụ (trước đó: Đang thực hiện) – Cấp trên đã điều chỉnh kế hoạch – ")
    assert page.locator(".task-adjust").count() == 0
    task.refresh_from_db()
    assert (task.state, task.deadline) == (Task.State.CANCELLED, days(7))
    assert TaskChange.objects.filter(task=task).count() == 2
