"""The leader role is a permission: "Quản trị" cannot take it by renaming groups (issue 24, finding 1).

The attack: rename the "Lãnh đạo" group (keeping its permissions), create an empty group with
that name, join it (an empty group counts as grantable) and be a leader, since the role was the
group's name. Now the role is youth.lead_work and a group beyond its editor cannot be renamed.
"""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from cms.tests.factories import change_data
from organisation.tests.factories import make_person, make_unit
from youth.models import LEAD_PERMISSION, LEADERS_GROUP, Task, is_leader
from youth.tests.factories import make_meeting, make_task, make_work_user

pytestmark = pytest.mark.django_db

GROUP_REFUSED = "chỉ tài khoản có đủ các quyền đó"


def lead_work():
    app_label, codename = LEAD_PERMISSION.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def fresh(user):
    """Return the user re-read, so no permission or role cache from before survives."""
    return type(user).objects.get(pk=user.pk)


def join(client, user, group):
    """Add the group to the user's own groups through the user admin; return the response."""
    groups = [str(pk) for pk in user.groups.values_list("pk", flat=True)] + [str(group.pk)]
    return client.post(reverse("admin:auth_user_change", args=[user.pk]), change_data(user, groups=groups))


def assert_work_area_refused(client, user):
    """Check that the user reads no one else's task, meeting, minutes or report and assigns, edits, cancels nothing."""
    task = make_task(title="Nhiệm vụ mật của Ban lãnh đạo", deadline="2030-01-31")
    meeting = make_meeting(title="Họp kín Ban lãnh đạo")
    assert not is_leader(fresh(user))
    dashboard = client.get(reverse("youth:dashboard")).content.decode()
    assert task.title not in dashboard
    assert meeting.title not in client.get(reverse("youth:meetings")).content.decode()
    for url in (task.get_absolute_url(), meeting.get_absolute_url(), reverse("youth:minutes_docx", args=[meeting.pk])):
        response = client.get(url)
        assert response.status_code in (403, 404), url
        assert task.title not in response.content.decode() and meeting.title not in response.content.decode()
    period = {"start": "01/01/2020", "end": "31/12/2030"}
    assert client.get(reverse("youth:party_report"), period).status_code == 403
    assert client.get(reverse("youth:task_create")).status_code == 403
    assigned = client.post(reverse("youth:task_create"), {
        "title": "Nhiệm vụ tự giao", "lead_unit": str(make_unit().pk), "start_date": "01/01/2026",
        "chi-tieu-TOTAL_FORMS": "0", "chi-tieu-INITIAL_FORMS": "0"})
    assert assigned.status_code == 403
    assert not Task.objects.filter(title="Nhiệm vụ tự giao").exists()
    edited = client.post(reverse("youth:task_edit", args=[task.pk]), {
        "title": "Đã bị sửa", "lead_unit": str(task.lead_unit_id), "start_date": "01/01/2026",
        "chi-tieu-TOTAL_FORMS": "0", "chi-tieu-INITIAL_FORMS": "0"})
    assert edited.status_code == 403
    extended = client.post(reverse("youth:task_extend", args=[task.pk]),
                           {"gia-han-new_deadline": "31/12/2031", "gia-han-reason": "Gia hạn trái phép"})
    cancelled = client.post(reverse("youth:task_cancel", args=[task.pk]), {"huy-reason": "Hủy trái phép"})
    assert extended.status_code == cancelled.status_code == 403
    task.refresh_from_db()
    assert (task.title, task.state, task.deadline.isoformat()) == (
        "Nhiệm vụ mật của Ban lãnh đạo", Task.State.NOT_STARTED, "2030-01-31")
    assert not task.changes.exists()


@pytest.fixture
def admin_with_person(quantri):  # noqa: F811
    """The "Quản trị" account, with a staff record in a unit that no task or meeting involves."""
    make_person(user=quantri, unit=make_unit(name="Văn phòng Cục"), full_name="Quản trị viên")
    return quantri


def test_the_rename_trick_through_the_admin_gains_nothing(client, admin_with_person):
    client.force_login(admin_with_person)
    leaders = Group.objects.get(name=LEADERS_GROUP)
    held = [str(pk) for pk in leaders.permissions.values_list("pk", flat=True)]

    renamed = client.post(reverse("admin:auth_group_change", args=[leaders.pk]),
                          {"name": "Lãnh đạo (cũ)", "permissions": held})
    assert renamed.status_code == 403
    assert GROUP_REFUSED in renamed.content.decode()
    leaders.refresh_from_db()
    assert leaders.name == LEADERS_GROUP
    assert {str(pk) for pk in leaders.permissions.values_list("pk", flat=True)} == set(held)

    # The rest of the attack, attempted anyway: the name is taken and the real group is beyond the account.
    client.post(reverse("admin:auth_group_add"), {"name": LEADERS_GROUP})
    assert Group.objects.filter(name=LEADERS_GROUP).count() == 1
    join(client, admin_with_person, leaders)
    assert not admin_with_person.groups.filter(pk=leaders.pk).exists()
    assert_work_area_refused(client, admin_with_person)


def test_an_empty_group_named_lanh_dao_gives_no_leader_role(client, superuser, admin_with_person):  # noqa: F811
    # Suppose the leaders' group got another name some other way (a superuser may rename it).
    client.force_login(superuser)
    leaders = Group.objects.get(name=LEADERS_GROUP)
    held = [str(pk) for pk in leaders.permissions.values_list("pk", flat=True)]
    response = client.post(reverse("admin:auth_group_change", args=[leaders.pk]),
                           {"name": "Ban lãnh đạo Cục", "permissions": held})
    assert response.status_code == 302

    client.force_login(admin_with_person)
    assert client.post(reverse("admin:auth_group_add"), {"name": LEADERS_GROUP}).status_code == 302
    impostor = Group.objects.get(name=LEADERS_GROUP)
    assert not impostor.permissions.exists()
    assert join(client, admin_with_person, impostor).status_code == 302
    assert admin_with_person.groups.filter(pk=impostor.pk).exists()
    assert_work_area_refused(client, admin_with_person)

    # The role went with the renamed group's permission, not with the name.
    veteran = make_work_user(username="lanhdao_that")
    veteran.groups.add(leaders)
    assert is_leader(fresh(veteran))


def test_quantri_cannot_create_a_group_with_the_leader_permission(client, admin_with_person):
    client.force_login(admin_with_person)
    response = client.post(reverse("admin:auth_group_add"),
                           {"name": "Nhóm tự phong", "permissions": [str(lead_work().pk)]})
    assert response.status_code == 200  # the form again, with its error
    assert not Group.objects.filter(name="Nhóm tự phong").exists()
    assert not Group.objects.filter(permissions=lead_work()).exclude(name=LEADERS_GROUP).exists()


def test_the_leaders_group_holds_the_permission_and_a_direct_grant_also_makes_a_leader():
    assert Group.objects.get(name=LEADERS_GROUP).permissions.filter(pk=lead_work().pk).exists()
    assert is_leader(fresh(make_work_user(leader=True)))
    direct = make_work_user()
    assert not is_leader(direct)
    direct.user_permissions.add(lead_work())
    assert is_leader(fresh(direct))
