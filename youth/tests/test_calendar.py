"""The per-user secret iCal feed: parsed with icalendar; revoked and regenerated addresses."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from youth.models import CalendarToken
from youth.tests.factories import days, make_meeting, make_task, make_unit

pytestmark = pytest.mark.django_db


def make_address(client, user):
    client.force_login(user)
    client.post(reverse("youth:calendar"), {"action": "regenerate"})
    return CalendarToken.objects.get(user=user).get_absolute_url()


def test_page_shows_the_feed_address(client, member):
    url = make_address(client, member)
    page = client.get(reverse("youth:calendar")).content.decode()
    assert "http://testserver" + url in page
    assert "Thu hồi địa chỉ" in page
    assert "http://testserver" + url in client.get(reverse("youth:my_tasks")).content.decode()


def test_feed_lists_meetings_and_deadlines_the_user_may_see(client, member, unit):
    meeting = make_meeting(title="Sinh hoạt chi đoàn tháng 5", organiser=unit, place="Hội trường Cục",
                           starts_at=datetime.datetime(2024, 5, 20, 1, 30, tzinfo=datetime.UTC))
    make_task(title="Nộp báo cáo quý", lead_unit=unit, deadline=days(5))
    make_task(title="Việc không thời hạn", lead_unit=unit, deadline=None)
    make_task(title="Việc của phòng khác", lead_unit=make_unit(), deadline=days(5))
    make_meeting(title="Họp của phòng khác", organiser=make_unit())
    url = make_address(client, member)
    client.logout()  # calendar applications cannot log in
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Sinh hoạt chi đoàn tháng 5", "Hạn: Nộp báo cáo quý"}
    assert events["Sinh hoạt chi đoàn tháng 5"].decoded("dtstart") == meeting.starts_at
    assert str(events["Sinh hoạt chi đoàn tháng 5"]["location"]) == "Hội trường Cục"
    assert events["Hạn: Nộp báo cáo quý"].decoded("dtstart") == days(5)


def test_revoked_address_stops_working(client, member):
    url = make_address(client, member)
    client.post(reverse("youth:calendar"), {"action": "revoke"})
    assert client.get(url).status_code == 404
    assert not CalendarToken.objects.exists()
    assert "Đồng chí chưa có địa chỉ lịch." in client.get(reverse("youth:calendar")).content.decode()


def test_regenerated_address_replaces_the_old_one(client, member):
    old = make_address(client, member)
    new = make_address(client, member)
    assert old != new
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_unknown_token_and_inactive_user(client, member):
    assert client.get(reverse("youth:calendar_feed", args=["khong-co"])).status_code == 404
    url = make_address(client, member)
    member.is_active = False
    member.save()
    assert client.get(url).status_code == 404
