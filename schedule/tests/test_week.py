"""/lich-cong-tac/: the week asked for, rows per day and half-day, only what is public."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from organisation.tests.factories import make_person, make_unit
from schedule.models import Entry
from schedule.tests.factories import at, make_entry
from schedule.week import WeekError, parse_week
from youth.models import Attendance, Meeting

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2023, 3, 31)  # a Friday


@pytest.mark.parametrize(("value", "monday"), [
    ("", datetime.date(2023, 3, 27)),
    ("2023-W13", datetime.date(2023, 3, 27)),
    ("2023-w01", datetime.date(2023, 1, 2)),
    ("2020-W53", datetime.date(2020, 12, 28)),
    ("02/04/2023", datetime.date(2023, 3, 27)),  # a Sunday belongs to the week before: Monday first
    ("2023-04-03", datetime.date(2023, 4, 3)),
])
def test_a_week_is_named_by_iso_week_or_any_date_in_it(value, monday):
    assert parse_week(value, today=TODAY) == monday


@pytest.mark.parametrize("value", ["2023-W60", "2023-W00", "2021-W53", "abc", "31/02/2023", "0001-01-01", "2023-W13x"])
def test_a_week_that_does_not_exist_is_refused(value):
    with pytest.raises(WeekError):
        parse_week(value, today=TODAY)


@pytest.mark.parametrize(("query", "message"), [
    ("tuan=2023-W60", "Tuần 60 không có trong năm 2023."),
    ("tuan=abc", "“abc” không phải là một tuần."),
    ("ngay=32/01/2023", "không phải là một tuần"),
])
def test_bad_week_answers_400_with_a_vietnamese_message(client, query, message):
    response = client.get(f"/lich-cong-tac/?{query}")
    assert response.status_code == 400
    assert message in response.text
    assert client.get(f"/lich-cong-tac/in/?{query}").status_code == 400


def test_current_week_by_default_monday_first_with_links_to_the_weeks_around(client):
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    response = client.get("/lich-cong-tac/")
    assert response.status_code == 200
    days = [day["date"] for day in response.context["days"]]
    assert days[0] == monday and days[0].weekday() == 0 and len(days) == 7 and today in days
    year, week, _ = (monday - datetime.timedelta(days=7)).isocalendar()
    assert f'href="?tuan={year}-W{week:02d}"' in response.text


def test_rows_per_day_and_half_day_with_every_column(client):
    director = make_person(full_name="Lê Văn Bình", position="Cục trưởng")
    office = make_unit(name="Văn phòng Cục")
    make_entry(starts_at=at(2023, 3, 27, 8), ends_at=at(2023, 3, 27, 10), content="Giao ban tuần",
               chair=director, participants="Lãnh đạo Cục, Trưởng các phòng", place="Phòng họp tầng 2",
               preparing_unit=office)
    make_entry(starts_at=at(2023, 3, 27, 14), content="Làm việc với Chi cục Hoằng Hóa", chair_name="Phó Cục trưởng")
    make_entry(starts_at=at(2023, 3, 28, 8), content="Lịch chưa duyệt", is_published=False)
    make_entry(starts_at=at(2023, 4, 3, 8), content="Giao ban tuần 14")
    response = client.get("/lich-cong-tac/?tuan=2023-W13")
    monday = response.context["days"][0]
    (morning_label, morning), (afternoon_label, afternoon) = monday["halves"]
    assert (morning_label, afternoon_label) == ("Sáng", "Chiều")
    assert [item.content for item in morning] == ["Giao ban tuần"]
    assert [item.content for item in afternoon] == ["Làm việc với Chi cục Hoằng Hóa"]
    text = response.text
    for shown in ("08:00</time>–10:00", "Lê Văn Bình – Cục trưởng", "Lãnh đạo Cục, Trưởng các phòng",
                  "Phòng họp tầng 2", "Văn phòng Cục", "Phó Cục trưởng", "Thứ Hai", "27/03"):
        assert shown in text
    assert "Lịch chưa duyệt" not in text and "Giao ban tuần 14" not in text


def test_a_day_boundary_is_local_midnight(client):
    make_entry(starts_at=at(2023, 4, 2, 6, 30), content="Sáng Chủ nhật")  # 23:30 on Saturday in UTC
    days = client.get("/lich-cong-tac/?tuan=2023-W13").context["days"]
    assert [item.content for item in days[6]["halves"][0][1]] == ["Sáng Chủ nhật"]


def test_a_public_meeting_shows_only_its_public_fields(client):
    chair = make_person(full_name="Nguyễn Thị Hoa", position="Phó Cục trưởng")
    secret = make_person(full_name="Người Dự Họp Kín")
    meeting = Meeting.objects.create(
        title="Làm việc với BCH Chi đoàn", starts_at=at(2023, 3, 31, 14), place="Hội trường Cục", chair=chair,
        organiser=make_unit(name="Chi đoàn Cục THADS"), conclusions="Kết luận nội bộ không công bố",
        document_number="05-BB/ĐTN", on_public_schedule=True)
    Attendance.objects.create(meeting=meeting, person=secret)
    Meeting.objects.create(title="Họp nội bộ không công khai", starts_at=at(2023, 3, 30, 8))
    text = client.get("/lich-cong-tac/?tuan=2023-W13").text
    for shown in ("Làm việc với BCH Chi đoàn", "Hội trường Cục", "Nguyễn Thị Hoa – Phó Cục trưởng",
                  "Chi đoàn Cục THADS"):
        assert shown in text
    for hidden in ("Kết luận nội bộ", "05-BB/ĐTN", "Người Dự Họp Kín", "Họp nội bộ không công khai"):
        assert hidden not in text


def test_changes_after_publication_are_marked_with_the_time(client):
    entry = make_entry(content="Giao ban tuần")
    assert "đã điều chỉnh" not in client.get("/lich-cong-tac/?tuan=2023-W13").text
    entry.is_published = True
    entry.save()  # nothing a reader sees changed
    assert Entry.objects.get(pk=entry.pk).revised_at is None
    entry.place = "Phòng họp tầng 3"
    entry.save()
    entry.refresh_from_db()
    stamp = timezone.localtime(entry.revised_at).strftime("%H:%M %d/%m/%Y")
    assert f"(đã điều chỉnh lúc {stamp})" in client.get("/lich-cong-tac/?tuan=2023-W13").text


def test_a_public_meeting_changed_later_is_marked_too(client):
    meeting = Meeting.objects.create(title="Sinh hoạt chi đoàn", starts_at=at(2023, 3, 29, 14),
                                     on_public_schedule=True)
    meeting.conclusions = "Nội bộ"
    meeting.save()
    assert Meeting.objects.get(pk=meeting.pk).schedule_revised_at is None
    meeting.starts_at = at(2023, 3, 29, 15)
    meeting.save()
    assert "đã điều chỉnh" in client.get("/lich-cong-tac/?tuan=2023-W13").text


def test_an_entry_ending_before_it_starts_is_refused():
    entry = Entry(starts_at=at(2023, 3, 31, 10), ends_at=at(2023, 3, 31, 9), content="Sai giờ")
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert error.value.message_dict["ends_at"] == ["Lịch không thể kết thúc trước khi bắt đầu."]
    with pytest.raises(IntegrityError), transaction.atomic():
        entry.save()
    assert not Entry.objects.exists()


def test_admin_form_refuses_an_entry_ending_before_it_starts(client, admin_user):
    client.force_login(admin_user)
    response = client.post("/admin/schedule/entry/add/", {
        "starts_at_0": "31/03/2023", "starts_at_1": "10:00", "ends_at_0": "31/03/2023", "ends_at_1": "09:00",
        "content": "Sai giờ", "is_published": "on"})
    assert response.status_code == 200
    assert "Lịch không thể kết thúc trước khi bắt đầu." in response.text
    assert not Entry.objects.exists()
