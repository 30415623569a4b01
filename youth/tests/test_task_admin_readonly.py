"""A late task cannot be turned into an on-time one: deadline and state move only through the workflow.

In the admin both are read-only on an existing task (the state also on a new one); a completed task's
deadline moves by no route, the extension step included (issue 24, finding 4).
"""

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError

from core.testing.html import dmy, form_data, page_of
from youth import services
from youth import timeliness as tl
from youth.models import Task, TaskChange
from youth.tests.factories import days, make_task, make_work_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def late_done(unit):
    """A task due five days ago, reported complete yesterday and confirmed: done late."""
    return make_task(lead_unit=unit, title="Báo cáo tổng kết quý", deadline=days(-5), completed_on=days(-1),
                     state=Task.State.DONE)


@pytest.fixture
def staff_leader(db):
    user = make_work_user(leader=True, username="lanhdao_quantri")
    user.is_staff = True
    user.save()
    return user


def admin_change_data(client, task):
    """Return what the admin's change form of the task sends as it stands."""
    page = page_of(client.get(f"/admin/youth/task/{task.pk}/change/"))
    return page, form_data(page.select_one("form#task_form"))


@pytest.mark.parametrize("who", ["superuser", "leader"])
def test_the_admin_shows_deadline_and_state_read_only_and_ignores_them_when_posted(
        who, client, admin_user, staff_leader, late_done):
    client.force_login(admin_user if who == "superuser" else staff_leader)
    page, data = admin_change_data(client, late_done)
    assert page.find(attrs={"name": "deadline"}) is None and page.find(attrs={"name": "state"}) is None
    assert page.find(attrs={"name": "title"}) is not None  # the rest of the task is still editable
    # A crafted post: the deadline moved past the completion, the task "in progress" again.
    data.update({"deadline": dmy(days(3)), "state": Task.State.IN_PROGRESS, "title": "Báo cáo tổng kết quý I"})
    response = client.post(f"/admin/youth/task/{late_done.pk}/change/", data)
    assert response.status_code == 302
    late_done.refresh_from_db()
    assert late_done.title == "Báo cáo tổng kết quý I"
    assert (late_done.deadline, late_done.state) == (days(-5), Task.State.DONE)
    assert late_done.timeliness() == tl.Timeliness.DONE_LATE


def test_an_open_task_keeps_its_deadline_and_state_in_the_admin_too(admin_client, unit):
    task = make_task(lead_unit=unit, deadline=days(-2), state=Task.State.IN_PROGRESS)
    _, data = admin_change_data(admin_client, task)
    data.update({"deadline": dmy(days(30)), "state": Task.State.DONE})
    assert admin_client.post(f"/admin/youth/task/{task.pk}/change/", data).status_code == 302
    task.refresh_from_db()
    assert (task.deadline, task.state) == (days(-2), Task.State.IN_PROGRESS)
    assert not task.changes.exists()


def test_a_task_added_in_the_admin_starts_not_started_whatever_is_posted(admin_client, unit):
    page = page_of(admin_client.get("/admin/youth/task/add/"))
    assert page.find(attrs={"name": "state"}) is None
    assert page.find(attrs={"name": "deadline"}) is not None  # a new task is given its first deadline
    data = form_data(page.select_one("form#task_form"))
    data.update({"title": "Nhiệm vụ thêm từ trang quản trị", "lead_unit": str(unit.pk), "start_date": dmy(days(-1)),
                 "deadline": dmy(days(10)), "state": Task.State.DONE, "order": "1", "priority": "2"})
    response = admin_client.post("/admin/youth/task/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    task = Task.objects.get(title="Nhiệm vụ thêm từ trang quản trị")
    assert (task.state, task.deadline, task.completed_on) == (Task.State.NOT_STARTED, days(10), None)


def test_the_task_list_edits_nothing_in_place_and_has_no_bulk_step():
    task_admin = admin.site._registry[Task]
    assert not task_admin.list_editable
    assert set(task_admin.get_actions(_request_of_superuser())) <= {"delete_selected"}


def _request_of_superuser():
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/youth/task/")
    request.user = make_work_user(person=False, username="quantri_tam")
    request.user.is_superuser = request.user.is_staff = True
    return request


def test_the_extension_step_refuses_a_completed_task(client, leader, late_done):
    with pytest.raises(ValidationError):
        services.extend_task(task=late_done, new_deadline=days(10), reason="Cho đúng hạn", by=leader)
    client.force_login(leader)
    response = client.post(f"/cong-viec/nhiem-vu/{late_done.pk}/gia-han/",
                           {"gia-han-new_deadline": dmy(days(10)), "gia-han-reason": "Cho đúng hạn"})
    assert response.status_code == 400
    assert "không thể gia hạn nữa" in response.text
    late_done.refresh_from_db()
    assert late_done.deadline == days(-5) and not TaskChange.objects.filter(task=late_done).exists()


def test_the_extension_step_refuses_a_task_reported_complete_awaiting_confirmation(leader, unit):
    task = make_task(lead_unit=unit, deadline=days(-5), completed_on=days(-1), state=Task.State.AWAITING)
    with pytest.raises(ValidationError, match="báo cáo hoàn thành"):
        services.extend_task(task=task, new_deadline=days(10), reason="Cho đúng hạn", by=leader)
    task.refresh_from_db()
    assert task.deadline == days(-5)


def test_a_deadline_cannot_be_given_to_a_task_after_it_was_reported_complete(client, leader, unit):
    """No deadline when reported complete (done on time): giving it one afterwards is refused too."""
    task = make_task(lead_unit=unit, deadline=None, completed_on=days(-1), state=Task.State.AWAITING)
    with pytest.raises(ValidationError, match="báo cáo hoàn thành"):
        services.update_task(task=task, by=leader, deadline=days(-3))
    client.force_login(leader)
    url = f"/cong-viec/nhiem-vu/{task.pk}/sua/"
    form = page_of(client.get(url)).select_one("form.work-form")
    assert form.find("input", attrs={"name": "deadline"}).has_attr("disabled")
    data = form_data(form)
    data["deadline"] = dmy(days(-3))  # a crafted post: the disabled field is ignored
    assert client.post(url, data).status_code == 302
    task.refresh_from_db()
    assert task.deadline is None and task.state == Task.State.AWAITING
