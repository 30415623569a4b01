"""The admin for the youth models: pages load in Vietnamese, finalised minutes are locked."""

import pytest
from django.urls import reverse

from youth.models import Meeting
from youth.tests.factories import make_meeting, make_task

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["meeting", "task", "progressreport",
                                   "calendartoken", "reminderlog", "reopening"])
def test_changelists_load(admin_client, model):
    response = admin_client.get(reverse(f"admin:youth_{model}_changelist"))
    assert response.status_code == 200


def test_task_changelist_shows_timeliness_in_vietnamese(admin_client):
    make_task(title="Việc trễ", deadline="2020-01-01")
    page = admin_client.get(reverse("admin:youth_task_changelist")).content.decode()
    assert "Quá hạn" in page and "Tình trạng thời hạn" in page


def test_finalised_meeting_is_read_only(admin_client, seeded):
    url = reverse("admin:youth_meeting_change", args=[seeded.pk])
    assert 'name="title"' in admin_client.get(url).content.decode()
    assert 'name="attendance-0-present"' in admin_client.get(url).content.decode()
    seeded.state = Meeting.State.FINALISED
    seeded.save()
    page = admin_client.get(url).content.decode()
    assert 'name="title"' not in page
    assert 'name="attendance-0-present"' not in page


def test_admin_cannot_set_finalised_directly(admin_client):
    meeting = make_meeting()
    url = reverse("admin:youth_meeting_change", args=[meeting.pk])
    data = {
        "title": meeting.title, "kind": meeting.kind, "starts_at_0": "31/03/2023", "starts_at_1": "08:00",
        "state": Meeting.State.FINALISED,
        **{f"{prefix}-{key}": value for prefix in ("attendance", "guests", "agenda_items", "discussions",
                                                   "reopenings")
           for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))},
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Chốt biên bản" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.HELD


def test_admin_action_finalises(admin_client):
    meeting = make_meeting()
    admin_client.post(reverse("admin:youth_meeting_changelist"),
                      {"action": "finalise", "_selected_action": [meeting.pk]})
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.FINALISED
