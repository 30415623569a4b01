"""A leader edits, extends or cancels a task from the work area, the reason kept (issue 12, item 13)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.testing.html import dmy, error_next_to, form_data, page_of
from youth import services
from youth import timeliness as tl
from youth.models import Task, TaskChange
from youth.tests.factories import days, make_target, make_task, make_unit

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def task(unit):
    task = make_task(lead_unit=unit, deadline=days(-2), state=Task.State.IN_PROGRESS, group="Nhóm 1",
                     title="Tổ chức ngày hội thanh niên")
    task.coordinating_units.set([make_unit(name="Văn phòng Cục")])
    return task


@pytest.fixture
def leader_client(client, leader):
    client.force_login(leader)
    return client


# Services


def test_an_extension_moves_the_deadline_and_keeps_both_dates_the_reason_who_and_when(task, leader):
    old = task.deadline
    change = services.extend_task(task=task, new_deadline=days(10), reason="Chờ kinh phí", by=leader)
    task.refresh_from_db()
    assert task.deadline == days(10)
    assert (change.kind, change.old_deadline, change.new_deadline) == (TaskChange.Kind.EXTENDED, old, days(10))
    assert (change.reason, change.changed_by, change.changed_at.date()) == ("Chờ kinh phí", leader,
                                                                          timezone.now().date())


def test_an_extended_task_is_judged_against_its_new_deadline_and_lists_say_it_was_extended(task, leader):
    assert task.timeliness() == tl.Timeliness.OVERDUE
    services.extend_task(task=task, new_deadline=days(10), reason="Chờ kinh phí", by=leader)
    task.refresh_from_db()
    assert task.timeliness() == tl.Timeliness.ON_TIME
    # Finished after the first deadline but before the extended one: done on time.
    assert tl.derive(deadline=task.deadline, completed_on=days(1), today=days(1)) == tl.Timeliness.DONE_ON_TIME
    row = Task.objects.with_timeliness().with_extension_flag().get(pk=task.pk)
    assert row.was_extended and row.timeliness_value == tl.Timeliness.ON_TIME
    assert not Task.objects.with_extension_flag().get(pk=make_task().pk).was_extended


@pytest.mark.parametrize(("new_deadline", "reason", "field", "message"), [
    (lambda task: task.start_date - DAY, "Lý do", "new_deadline",
     "Thời hạn mới không được trước ngày bắt đầu"),
    (lambda task: task.deadline, "Lý do", "new_deadline", "Thời hạn mới phải sau thời hạn hiện tại"),
    (lambda task: task.deadline + DAY, "Lý do", "new_deadline", "Thời hạn mới đã qua."),
    (lambda task: days(10), "   ", "reason", "Vui lòng nêu lý do gia hạn."),
])
def test_a_refused_extension_says_why_on_its_field_and_changes_nothing(task, leader, new_deadline, reason, field,
                                                                      message):
    old = task.deadline
    with pytest.raises(ValidationError) as refused:
        services.extend_task(task=task, new_deadline=new_deadline(task), reason=reason, by=leader)
    assert message in " ".join(refused.value.message_dict[field])
    task.refresh_from_db()
    assert task.deadline == old and not TaskChange.objects.exists()


@pytest.mark.parametrize("state", [Task.State.DONE, Task.State.CANCELLED, Task.State.AWAITING])
def test_a_closed_or_reported_complete_task_cannot_be_extended(unit, leader, state):
    task = make_task(lead_unit=unit, deadline=days(-2), state=state,
                     completed_on=days(-1) if state != Task.State.CANCELLED else None)
    with pytest.raises(ValidationError):
        services.extend_task(task=task, new_deadline=days(5), reason="Lý do", by=leader)
    task.refresh_from_db()
    assert task.deadline == days(-2) and not TaskChange.objects.exists()


def test_only_a_leader_extends_edits_or_cancels(task, member):
    with pytest.raises(PermissionDenied):
        services.extend_task(task=task, new_deadline=days(5), reason="Lý do", by=member)
    with pytest.raises(PermissionDenied):
        services.cancel_task(task=task, reason="Lý do", by=member)
    with pytest.raises(PermissionDenied):
        services.update_task(task=task, by=member, title="Khác")
    task.refresh_from_db()
    assert task.state == Task.State.IN_PROGRESS and task.title == "Tổ chức ngày hội thanh niên"


def test_a_cancellation_keeps_the_state_before_and_the_task_leaves_the_reports(task, leader):
    change = services.cancel_task(task=task, reason="Cấp trên điều chỉnh kế hoạch", by=leader)
    task.refresh_from_db()
    assert task.state == Task.State.CANCELLED
    assert (change.old_state, change.new_state, change.reason) == (
        Task.State.IN_PROGRESS, Task.State.CANCELLED, "Cấp trên điều chỉnh kế hoạch")
    assert not Task.objects.active().filter(pk=task.pk).exists()


@pytest.mark.parametrize(("state", "message"), [(Task.State.DONE, "đã hoàn thành"),
                                               (Task.State.CANCELLED, "đã bị hủy")])
def test_a_done_or_cancelled_task_cannot_be_cancelled(unit, leader, state, message):
    task = make_task(lead_unit=unit, state=state)
    with pytest.raises(ValidationError, match=message):
        services.cancel_task(task=task, reason="Lý do", by=leader)
    task.refresh_from_db()
    assert task.state == state and not TaskChange.objects.exists()


def test_cancelling_needs_a_reason(task, leader):
    with pytest.raises(ValidationError) as refused:
        services.cancel_task(task=task, reason=" \n", by=leader)
    assert refused.value.message_dict["reason"] == ["Vui lòng nêu lý do hủy nhiệm vụ."]
    task.refresh_from_db()
    assert task.state == Task.State.IN_PROGRESS


def test_an_edit_keeps_units_followers_and_targets_and_refuses_a_silent_deadline_move(task, leader, member):
    kept = make_target(task, metric="Số đội")
    kept.readings.model.objects.create(report=task.reports.create(percent=20), target=kept, value=3)
    task.followers.set([member.person])
    services.update_task(task=task, by=leader, title="Tổ chức ngày hội thanh niên 2026",
                         targets=[{"target": kept, "metric": "Số đội tham gia", "unit": "đội", "target_value": 12},
                                  {"metric": "Số người tham gia", "unit": "người", "target_value": 300}])
    task.refresh_from_db()
    assert task.title == "Tổ chức ngày hội thanh niên 2026"
    assert [unit.name for unit in task.coordinating_units.all()] == ["Văn phòng Cục"]
    assert list(task.followers.all()) == [member.person]
    assert [(t.metric, t.order) for t in task.targets.all()] == [("Số đội tham gia", 1), ("Số người tham gia", 2)]
    assert kept.readings.count() == 1
    with pytest.raises(ValidationError) as refused:
        services.update_task(task=task, by=leader, deadline=days(20))
    assert "deadline" in refused.value.message_dict
    task.refresh_from_db()
    assert task.deadline == days(-2)


def test_an_edit_cannot_touch_the_workflow_or_another_task_s_target(task, leader):
    with pytest.raises(TypeError):
        services.update_task(task=task, by=leader, state=Task.State.DONE)
    foreign = make_target(make_task())
    with pytest.raises(ValidationError):
        services.update_task(task=task, by=leader, targets=[{"target": foreign, "metric": "Của nhiệm vụ khác"}])
    foreign.refresh_from_db()
    assert foreign.metric == "Số đội tham gia"


# Views


def test_a_leader_sees_edit_extend_and_cancel_on_the_task_page(leader_client, task):
    page = page_of(leader_client.get(task.get_absolute_url()))
    assert page.find("a", string="Sửa nhiệm vụ")["href"] == f"/cong-viec/nhiem-vu/{task.pk}/sua/"
    assert [summary.get_text(strip=True) for summary in page.select("details.adjust-box summary")] == [
        "Gia hạn", "Hủy nhiệm vụ"]
    assert page.find("button", string="Lưu gia hạn") and page.find("button", string="Xác nhận hủy nhiệm vụ")


def test_the_task_s_lead_sees_no_adjustment_and_is_refused_with_the_explanation(client, member, task):
    client.force_login(member)
    page = page_of(client.get(task.get_absolute_url()))
    assert page.select_one(".task-adjust") is None
    for url, data in [(f"/cong-viec/nhiem-vu/{task.pk}/gia-han/", {"gia-han-new_deadline": dmy(days(9)),
                                                                   "gia-han-reason": "Lý do"}),
                      (f"/cong-viec/nhiem-vu/{task.pk}/huy/", {"huy-reason": "Lý do"}),
                      (f"/cong-viec/nhiem-vu/{task.pk}/sua/", None)]:
        response = client.post(url, data) if data else client.get(url)
        assert response.status_code == 403, url
        assert "Tài khoản chưa được giao quyền lãnh đạo." in response.content.decode()
    task.refresh_from_db()
    assert (task.deadline, task.state) == (days(-2), Task.State.IN_PROGRESS)


def test_an_extension_through_the_page_shows_in_the_history(leader_client, leader, task):
    old = task.deadline
    response = leader_client.post(f"/cong-viec/nhiem-vu/{task.pk}/gia-han/", {
        "gia-han-new_deadline": dmy(days(10)), "gia-han-reason": "Chờ kinh phí của Đoàn cấp trên"}, follow=True)
    assert response.status_code == 200
    page = page_of(response)
    assert f"Đã gia hạn đến {dmy(days(10))}." in page.select_one(".messages").get_text()
    assert f"{dmy(days(10))} (đã gia hạn; hạn ban đầu {dmy(old)})" in page.select_one("dl.facts").get_text()
    line = page.select_one(".task-changes li").get_text(" ", strip=True)
    change = TaskChange.objects.get()
    when = timezone.localtime(change.changed_at).strftime("%H:%M %d/%m/%Y")
    assert line == (f"Gia hạn từ {dmy(old)} đến {dmy(days(10))} – Chờ kinh phí của Đoàn cấp trên – "
                    f"{leader.person} – {when}")
    assert page.select_one(".badge").get_text() == "Trong hạn"  # judged against the new deadline


@pytest.mark.parametrize(("data", "field", "message"), [
    ({"gia-han-new_deadline": "31/02/2026", "gia-han-reason": "Chờ kinh phí"}, "gia-han-new_deadline",
     "Nhập ngày theo dạng ngày/tháng/năm"),
    ({"gia-han-new_deadline": "", "gia-han-reason": "Chờ kinh phí"}, "gia-han-new_deadline",
     "Vui lòng nhập thời hạn mới."),
    ({"gia-han-new_deadline": "START", "gia-han-reason": "Chờ kinh phí"}, "gia-han-new_deadline",
     "Thời hạn mới không được trước ngày bắt đầu"),
    ({"gia-han-new_deadline": "CURRENT", "gia-han-reason": "Chờ kinh phí"}, "gia-han-new_deadline",
     "Thời hạn mới phải sau thời hạn hiện tại"),
    ({"gia-han-new_deadline": "LATER", "gia-han-reason": "  "}, "gia-han-reason", "Vui lòng nêu lý do gia hạn."),
])
def test_a_refused_extension_answers_400_next_to_the_field_keeping_what_was_typed(leader_client, task, data,
                                                                                  field, message):
    stand_in = {"START": dmy(task.start_date - DAY), "CURRENT": dmy(task.deadline),
                "LATER": dmy(days(12))}
    data = {key: stand_in.get(value, value) for key, value in data.items()}
    response = leader_client.post(f"/cong-viec/nhiem-vu/{task.pk}/gia-han/", data)
    assert response.status_code == 400
    page = page_of(response)
    assert message in error_next_to(page, field)
    box = page.find(attrs={"name": field}).find_parent("details")
    assert box.has_attr("open")  # the refused form is shown open, not folded away
    typed = page.find(attrs={"name": "gia-han-new_deadline"}).get("value", "")
    assert typed == data["gia-han-new_deadline"]
    assert page.find("textarea", attrs={"name": "gia-han-reason"}).get_text().strip() == data["gia-han-reason"].strip()
    task.refresh_from_db()
    assert task.deadline == days(-2) and not TaskChange.objects.exists()


def test_a_cancellation_through_the_page_shows_in_the_history(leader_client, leader, task):
    response = leader_client.post(f"/cong-viec/nhiem-vu/{task.pk}/huy/", {"huy-reason": "Trùng với nhiệm vụ khác"},
                                  follow=True)
    page = page_of(response)
    assert "Đã hủy nhiệm vụ." in page.select_one(".messages").get_text()
    assert page.select_one(".task-adjust") is None  # nothing left to adjust
    line = page.select_one(".task-changes li").get_text(" ", strip=True)
    assert line.startswith(f"Hủy nhiệm vụ (trước đó: Đang thực hiện) – Trùng với nhiệm vụ khác – {leader.person} – ")
    task.refresh_from_db()
    assert task.state == Task.State.CANCELLED


def test_cancelling_without_a_reason_or_a_done_task_answers_400_with_the_message(leader_client, unit, task):
    response = leader_client.post(f"/cong-viec/nhiem-vu/{task.pk}/huy/", {"huy-reason": ""})
    assert response.status_code == 400
    assert "Vui lòng nêu lý do hủy nhiệm vụ." in error_next_to(page_of(response), "huy-reason")
    done = make_task(lead_unit=unit, state=Task.State.DONE, completed_on=days(-1))
    response = leader_client.post(f"/cong-viec/nhiem-vu/{done.pk}/huy/", {"huy-reason": "Không cần nữa"})
    assert response.status_code == 400
    form = page_of(response).find("textarea", attrs={"name": "huy-reason"}).find_parent("form")
    assert "Nhiệm vụ đã hoàn thành, không thể hủy." in form.select_one(".errorlist").get_text()
    assert form.find("textarea").get_text().strip() == "Không cần nữa"
    task.refresh_from_db()
    done.refresh_from_db()
    assert (task.state, done.state) == (Task.State.IN_PROGRESS, Task.State.DONE)


def test_the_edit_form_is_the_assignment_form_prefilled(leader_client, task, member):
    make_target(task, metric="Số đội", target_value=8)
    task.followers.set([member.person])
    page = page_of(leader_client.get(f"/cong-viec/nhiem-vu/{task.pk}/sua/"))
    assert page.find("h1").get_text() == "Sửa nhiệm vụ"
    assert page.find("input", attrs={"name": "title"})["value"] == "Tổ chức ngày hội thanh niên"
    checked = {box.find_parent("label").get_text(strip=True) for box in page.select("input[type=checkbox][checked]")}
    assert {"Văn phòng Cục", str(member.person)} <= checked
    assert page.find("input", attrs={"name": "chi-tieu-0-metric"})["value"] == "Số đội"
    deadline = page.find("input", attrs={"name": "deadline"})
    assert deadline.has_attr("disabled") and deadline["value"] == dmy(task.deadline)
    assert "Gia hạn" in deadline.find_parent("div").get_text()


def test_saving_the_edit_keeps_units_followers_and_targets_and_adds_one(leader_client, task, member):
    target = make_target(task, metric="Số đội", target_value=8)
    task.followers.set([member.person])
    form = page_of(leader_client.get(f"/cong-viec/nhiem-vu/{task.pk}/sua/")).select_one("form.work-form")
    data = form_data(form)
    data.update({"title": "Ngày hội thanh niên 2026", "chi-tieu-0-target_value": "9",
                 "chi-tieu-1-metric": "Số người tham gia", "chi-tieu-1-unit": "người"})
    data["deadline"] = dmy(days(30))  # a crafted post: the disabled field is ignored
    response = leader_client.post(f"/cong-viec/nhiem-vu/{task.pk}/sua/", data)
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.title == "Ngày hội thanh niên 2026" and task.deadline == days(-2)
    assert [u.name for u in task.coordinating_units.all()] == ["Văn phòng Cục"]
    assert list(task.followers.all()) == [member.person]
    assert [(t.pk == target.pk, t.metric, t.target_value) for t in task.targets.all()] == [
        (True, "Số đội", 9), (False, "Số người tham gia", None)]


def test_a_refused_edit_answers_400_next_to_the_field_and_keeps_what_was_typed(leader_client, task):
    form = page_of(leader_client.get(f"/cong-viec/nhiem-vu/{task.pk}/sua/")).select_one("form.work-form")
    data = form_data(form)
    data.update({"title": "", "description": "Mô tả mới đã gõ", "start_date": "32/13/2026"})
    response = leader_client.post(f"/cong-viec/nhiem-vu/{task.pk}/sua/", data)
    assert response.status_code == 400
    page = page_of(response)
    assert error_next_to(page, "title")
    assert "ngày/tháng/năm" in error_next_to(page, "start_date")
    assert page.find("textarea", attrs={"name": "description"}).get_text().strip() == "Mô tả mới đã gõ"
    task.refresh_from_db()
    assert task.title == "Tổ chức ngày hội thanh niên" and task.description == ""


def test_a_cancelled_task_is_not_edited_any_more(leader_client, leader, task):
    services.cancel_task(task=task, reason="Không cần nữa", by=leader)
    response = leader_client.get(f"/cong-viec/nhiem-vu/{task.pk}/sua/", follow=True)
    assert "không thể sửa nữa" in page_of(response).select_one(".messages").get_text()
    assert page_of(leader_client.get(task.get_absolute_url())).find("a", string="Sửa nhiệm vụ") is None


def test_lists_mark_an_extended_deadline(leader_client, leader, task):
    services.extend_task(task=task, new_deadline=days(10), reason="Chờ kinh phí", by=leader)
    row = next(row for row in page_of(leader_client.get("/cong-viec/")).select("tr.task-row")
               if task.title in row.get_text())
    assert f"{dmy(days(10))} (đã gia hạn)" in row.get_text(" ", strip=True)


def test_the_admin_shows_the_adjustments_read_only_on_the_task(client, django_user_model, leader, task):
    services.extend_task(task=task, new_deadline=days(10), reason="Chờ kinh phí", by=leader)
    admin = django_user_model.objects.create_superuser("quantri-thu", password="mat-khau-dai-123")
    client.force_login(admin)
    page = page_of(client.get(f"/admin/youth/task/{task.pk}/change/"))
    inline = page.select_one("#changes-group")
    assert inline is not None and "Chờ kinh phí" in inline.get_text()
    assert inline.select("textarea, input[name$='-reason']") == []
