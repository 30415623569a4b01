"""No lost edit of a task: two leaders open the same task, both save; the second is refused, shown what
changed and keeps what they typed (issue 24, finding 8). The work area and the admin share the token."""

import pytest

from core.testing.html import form_data, page_of
from youth import services
from youth.models import Task
from youth.tests.factories import days, make_task, make_unit, make_work_user

pytestmark = pytest.mark.django_db
CONFLICT_MESSAGE = "Người khác đã lưu nhiệm vụ này sau khi đồng chí mở ra"


@pytest.fixture
def task(unit):
    task = make_task(lead_unit=unit, deadline=days(20), state=Task.State.IN_PROGRESS, group="Nhóm 1",
                     title="Tổ chức ngày hội thanh niên", description="Mô tả ban đầu")
    task.coordinating_units.set([make_unit(name="Văn phòng Cục")])
    return task


@pytest.fixture
def second_leader(db):
    return make_work_user(leader=True, username="lanhdao2")


def opened_form(client, user, task):
    """Log in as user and return what the task's edit form sends as it stands."""
    client.force_login(user)
    return form_data(page_of(client.get(edit_url(task))).select_one("form.work-form"))


def edit_url(task):
    return f"/cong-viec/nhiem-vu/{task.pk}/sua/"


@pytest.fixture
def two_opened(client, leader, second_leader, task):
    """Both leaders opened the edit form; the first then saved. The client is the second's."""
    first, second = opened_form(client, leader, task), opened_form(client, second_leader, task)
    client.force_login(leader)
    first.update({"title": "Ngày hội thanh niên (bản của người thứ nhất)", "description": "Mô tả của người thứ nhất"})
    assert client.post(edit_url(task), first).status_code == 302
    client.force_login(second_leader)
    return second


def test_the_second_save_is_refused_and_keeps_what_was_typed(client, two_opened, task):
    mine = "Mô tả của người thứ hai, rất dài và quan trọng"
    two_opened.update({"title": "Ngày hội thanh niên (bản của người thứ hai)", "description": mine})
    response = client.post(edit_url(task), two_opened)

    assert response.status_code == 409
    page = page_of(response)
    assert CONFLICT_MESSAGE in page.select_one(".errorlist").get_text()
    assert page.find("input", attrs={"name": "title"})["value"] == "Ngày hội thanh niên (bản của người thứ hai)"
    assert page.find("textarea", attrs={"name": "description"}).get_text().strip() == mine
    task.refresh_from_db()
    assert (task.title, task.description) == ("Ngày hội thanh niên (bản của người thứ nhất)",
                                              "Mô tả của người thứ nhất")


def test_the_refusal_shows_only_what_the_other_leader_changed(client, two_opened, task):
    two_opened.update({"title": "Bản của người thứ hai", "priority": str(Task.Priority.URGENT)})
    conflict = page_of(client.post(edit_url(task), two_opened)).select_one("section.conflict")
    assert "Những thay đổi trong lúc đồng chí soạn" in conflict.get_text()
    text = str(conflict)
    assert "<del>− Tổ chức ngày hội thanh niên</del>" in text
    assert "<ins>+ Ngày hội thanh niên (bản của người thứ nhất)</ins>" in text
    assert "<ins>+ Mô tả của người thứ nhất</ins>" in text
    headings = [h.get_text(strip=True) for h in conflict.select("h3")]
    assert headings == ["Tiêu đề", "Mô tả"]  # the priority the second typed is not "their" change


def test_saving_again_after_the_refusal_replaces_the_text_knowingly(client, two_opened, task):
    two_opened["title"] = "Bản của người thứ hai"
    refused = page_of(client.post(edit_url(task), two_opened)).select_one("form.work-form")
    again = form_data(refused)
    assert int(again["base_revision"]) == Task.objects.get(pk=task.pk).revision
    assert client.post(edit_url(task), again).status_code == 302
    task.refresh_from_db()
    assert task.title == "Bản của người thứ hai"
    # The whole form is the second's, as it was re-shown to them beside the first's changes (as for articles).
    assert task.description == "Mô tả ban đầu"


def test_an_extension_in_between_also_counts_as_a_change(client, leader, second_leader, task):
    stale = opened_form(client, second_leader, task)
    services.extend_task(task=task, new_deadline=days(40), reason="Chờ kinh phí", by=leader)
    stale["title"] = "Sửa sau khi đã gia hạn"
    response = client.post(edit_url(task), stale)
    assert response.status_code == 409
    assert "Thời hạn" in [h.get_text(strip=True) for h in page_of(response).select("section.conflict h3")]
    task.refresh_from_db()
    assert (task.title, task.deadline) == ("Tổ chức ngày hội thanh niên", days(40))


def test_a_form_without_the_token_is_refused(client, leader, task):
    data = opened_form(client, leader, task)
    del data["base_revision"]
    data["title"] = "Không có mã phiên bản"
    response = client.post(edit_url(task), data)
    assert response.status_code == 400
    assert "Biểu mẫu không đầy đủ; vui lòng mở lại nhiệm vụ." in response.text
    task.refresh_from_db()
    assert task.title == "Tổ chức ngày hội thanh niên"


def test_the_service_refuses_a_stale_revision(task, leader, second_leader):
    base = task.revision
    services.update_task(task=Task.objects.get(pk=task.pk), by=leader, title="Lần lưu thứ nhất", base_revision=base)
    with pytest.raises(services.TaskEditConflict):
        services.update_task(task=Task.objects.get(pk=task.pk), by=second_leader, title="Lần lưu thứ hai",
                             base_revision=base)
    assert Task.objects.get(pk=task.pk).title == "Lần lưu thứ nhất"


# The admin's change form has the same lock, on the same token.


def admin_data(client, task):
    return form_data(page_of(client.get(f"/admin/youth/task/{task.pk}/change/")).select_one("form#task_form"))


def test_the_admin_refuses_a_stale_save_and_keeps_the_typed_text(client, admin_user, task):
    client.force_login(admin_user)
    first, second = admin_data(client, task), admin_data(client, task)
    first["title"] = "Bản sửa trong trang quản trị"
    assert client.post(f"/admin/youth/task/{task.pk}/change/", first).status_code == 302
    second["title"] = "Bản sửa thứ hai trong trang quản trị"
    response = client.post(f"/admin/youth/task/{task.pk}/change/", second)
    assert response.status_code == 200
    assert CONFLICT_MESSAGE in response.text
    form = response.context["adminform"].form
    assert form["title"].value() == "Bản sửa thứ hai trong trang quản trị"
    assert "<ins>+ Bản sửa trong trang quản trị</ins>" in str(page_of(response).select_one("section.conflict"))
    assert Task.objects.get(pk=task.pk).title == "Bản sửa trong trang quản trị"


def test_an_admin_save_makes_an_open_work_area_form_stale(client, leader, admin_user, task):
    stale = opened_form(client, leader, task)
    client.force_login(admin_user)
    data = admin_data(client, task)
    data["title"] = "Sửa trong trang quản trị"
    assert client.post(f"/admin/youth/task/{task.pk}/change/", data).status_code == 302
    client.force_login(leader)
    stale["title"] = "Sửa trong khu làm việc"
    assert client.post(edit_url(task), stale).status_code == 409
    assert Task.objects.get(pk=task.pk).title == "Sửa trong trang quản trị"


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_from_one_revision_let_exactly_one_through():
    """Real concurrency (two connections); PostgreSQL only, SQLite's test database is one connection."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs a database with concurrent connections")
    first, second = make_work_user(leader=True, username="lanhdao_a"), make_work_user(leader=True, username="lanhdao_b")
    task = make_task(title="Bản gốc")
    start = threading.Barrier(2)
    outcomes = {}

    def save_as(user, title):
        try:
            copy = Task.objects.get(pk=task.pk)
            start.wait()
            services.update_task(task=copy, by=user, title=title, base_revision=copy.revision)
            outcomes[title] = "saved"
        except services.TaskEditConflict:
            outcomes[title] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save_as, args=(user, title)) for user, title in [(first, "Bản A"),
                                                                                         (second, "Bản B")]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(title for title, outcome in outcomes.items() if outcome == "saved")
    assert Task.objects.get(pk=task.pk).title == winner
