"""Permissions are checked on the server: anonymous, leaders, leads, units involved, others."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from youth.models import LEADERS_GROUP, Meeting
from youth.tests.factories import make_meeting, make_task, make_unit

pytestmark = pytest.mark.django_db


def test_migration_created_the_leaders_group_with_youth_permissions():
    group = Group.objects.get(name=LEADERS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_task", "change_meeting", "view_progressreport"} <= codenames


@pytest.mark.parametrize("name", ["dashboard", "my_tasks", "meetings", "task_create", "party_report", "calendar",
                                  "tasks_xlsx"])
def test_anonymous_is_sent_to_login(client, name):
    response = client.get(reverse(f"youth:{name}"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_sees_no_task_or_minutes(client):
    task = make_task(title="Nhiệm vụ mật")
    meeting = make_meeting()
    for url in (task.get_absolute_url(), meeting.get_absolute_url(), reverse("youth:minutes_docx", args=[meeting.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert "Nhiệm vụ mật" not in response.content.decode()


def test_leader_sees_every_task(client, leader):
    task = make_task(title="Việc của phòng khác")
    client.force_login(leader)
    assert client.get(task.get_absolute_url()).status_code == 200
    assert "Việc của phòng khác" in client.get(reverse("youth:dashboard")).content.decode()


def test_others_read_only_what_their_unit_is_involved_in(client, member, unit):
    led = make_task(title="Việc chi đoàn chủ trì", lead_unit=unit)
    coordinated = make_task(title="Việc chi đoàn phối hợp")
    coordinated.coordinating_units.add(unit)
    followed = make_task(title="Việc được theo dõi")
    followed.followers.add(member.person)
    hidden = make_task(title="Việc không liên quan", lead_unit=make_unit())
    client.force_login(member)
    page = client.get(reverse("youth:dashboard")).content.decode()
    for task in (led, coordinated, followed):
        assert task.title in page
        assert client.get(task.get_absolute_url()).status_code == 200
    assert hidden.title not in page
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_user_without_staff_record_sees_nothing(client, django_user_model):
    make_task(title="Việc bất kỳ")
    user = django_user_model.objects.create_user("khach", password="mat-khau-dai-123")
    client.force_login(user)
    assert "Việc bất kỳ" not in client.get(reverse("youth:dashboard")).content.decode()
    assert "chưa được gắn với hồ sơ cán bộ" in client.get(reverse("youth:my_tasks")).content.decode()


def test_lead_reports_only_on_own_tasks(client, member, unit):
    own = make_task(lead_person=member.person)
    coordinated = make_task()
    coordinated.coordinating_units.add(unit)
    client.force_login(member)
    data = {"reported_on": "10/05/2024", "percent": "20", "outlook": "on_track", "narrative": ""}
    assert client.post(reverse("youth:task_report", args=[own.pk]), data).status_code == 302
    assert client.post(reverse("youth:task_report", args=[coordinated.pk]), data).status_code == 403
    assert coordinated.reports.count() == 0
    assert "Báo cáo tiến độ" not in client.get(coordinated.get_absolute_url()).content.decode()


def test_only_leaders_create_confirm_and_reopen(client, member):
    meeting = make_meeting(state=Meeting.State.FINALISED, organiser=member.person.unit)
    task = make_task(lead_person=member.person, state="awaiting", completed_on="2024-05-01")
    client.force_login(member)
    assert client.get(reverse("youth:task_create")).status_code == 403
    assert client.post(reverse("youth:task_confirm", args=[task.pk]), {"accept": "1"}).status_code == 403
    response = client.post(reverse("youth:meeting_reopen", args=[meeting.pk]), {"reason": "Sửa"})
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.FINALISED


def test_meetings_visible_to_attendees_and_organising_unit(client, member):
    own = make_meeting(title="Họp của chi đoàn", organiser=member.person.unit)
    other = make_meeting(title="Họp của phòng khác", organiser=make_unit())
    client.force_login(member)
    page = client.get(reverse("youth:meetings")).content.decode()
    assert own.title in page and other.title not in page
    assert client.get(other.get_absolute_url()).status_code == 404
    assert client.get(reverse("youth:minutes_docx", args=[other.pk])).status_code == 404
