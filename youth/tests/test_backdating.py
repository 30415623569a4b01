"""A task's completion cannot be backdated: report dates are checked, timeliness uses server time."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from youth import services
from youth.models import Task
from youth.tests.factories import days, make_task

pytestmark = pytest.mark.django_db


def test_a_report_dated_in_the_future_is_refused(member):
    task = make_task(lead_person=member.person)
    with pytest.raises(ValidationError, match="tương lai"):
        services.report_progress(task=task, by=member, percent=30, reported_on=days(1))
    assert not task.reports.exists()


def test_a_report_dated_before_the_last_report_is_refused(member):
    task = make_task(lead_person=member.person)
    services.report_progress(task=task, by=member, percent=30, reported_on=days(-3))
    with pytest.raises(ValidationError, match=days(-3).strftime("%d/%m/%Y")):
        services.report_progress(task=task, by=member, percent=100, reported_on=days(-5))
    assert task.reports.count() == 1
    # The same day, or a later one, is fine.
    services.report_progress(task=task, by=member, percent=50, reported_on=days(-3))


def test_done_on_time_is_judged_on_the_day_the_completion_was_reported(member, leader):
    task = make_task(lead_person=member.person, deadline=days(-2))
    services.report_progress(task=task, by=member, percent=100, reported_on=days(-4))
    task.refresh_from_db()
    assert task.completed_on == days(0)
    assert task.timeliness().value == "done_late"
    services.confirm_completion(task=task, by=leader)
    task.refresh_from_db()
    assert task.completed_on == days(0)
    assert Task.objects.filter(pk=task.pk).with_timeliness().get().timeliness_value == "done_late"


def test_the_report_form_shows_why_a_date_is_refused(client, member):
    task = make_task(lead_person=member.person)
    client.force_login(member)
    response = client.post(reverse("youth:task_report", args=[task.pk]), {
        "reported_on": days(2).strftime("%d/%m/%Y"), "percent": "100", "outlook": "on_track",
    })
    assert response.status_code == 400
    assert "Ngày báo cáo không được ở tương lai." in response.content.decode()
    task.refresh_from_db()
    assert task.state == Task.State.NOT_STARTED and task.completed_on is None


def test_the_admin_cannot_type_a_completion_date(client, django_user_model):
    admin = django_user_model.objects.create_superuser("goc", password=None)
    task = make_task(completed_on=days(-1), state=Task.State.DONE)
    client.force_login(admin)
    page = client.get(reverse("admin:youth_task_change", args=[task.pk])).content.decode()
    assert 'name="completed_on"' not in page
