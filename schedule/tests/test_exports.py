"""The week to print (one A4 landscape page) and the public iCal feed."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from schedule.tests.factories import at, make_entry
from youth.models import Meeting

pytestmark = pytest.mark.django_db


def test_print_view_shows_the_week_in_a_page_of_its_own(client, site_settings):
    make_entry(starts_at=at(2023, 3, 27, 8), content="Giao ban tuần", place="Phòng họp")
    response = client.get("/lich-cong-tac/in/?tuan=2023-W13")
    assert response.status_code == 200
    text = response.text
    assert "schedule-print.css" in text and "Giao ban tuần" in text and "27/03/2023" in text
    assert 'class="main-nav"' not in text  # no site menu on paper


def test_ical_feed_has_the_public_items_with_their_details_and_nothing_private(client):
    today = timezone.localdate()
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time(9, 0)))
    make_entry(starts_at=start, ends_at=start + datetime.timedelta(hours=1), content="Giao ban tuần",
               place="Phòng họp Cục", participants="Lãnh đạo Cục")
    make_entry(starts_at=start, content="Chưa công bố", is_published=False)
    Meeting.objects.create(title="Họp công khai", starts_at=start + datetime.timedelta(days=1), on_public_schedule=True,
                           conclusions="Kết luận nội bộ")
    Meeting.objects.create(title="Họp kín", starts_at=start)
    response = client.get("/lich-cong-tac/lich.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {str(event["summary"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {"Giao ban tuần", "Họp công khai"}
    entry = events["Giao ban tuần"]
    assert entry.decoded("dtstart") == start and entry.decoded("dtend") == start + datetime.timedelta(hours=1)
    assert str(entry["location"]) == "Phòng họp Cục"
    assert "Thành phần: Lãnh đạo Cục" in str(entry["description"])
    assert "Kết luận nội bộ" not in response.content.decode()
