"""Dashboard filters (django-filter): state, timeliness, unit, lead, meeting, deadline range in dd/mm/yyyy."""

import datetime

import pytest
from django.urls import reverse

from youth.tests.factories import make_meeting, make_person, make_task, make_unit

pytestmark = pytest.mark.django_db


def titles(client, **params):
    response = client.get(reverse("youth:dashboard"), params)
    assert response.status_code == 200
    page = response.content.decode()
    return {title for title in ("Việc A", "Việc B", "Việc C") if title in page}, page


@pytest.fixture
def tasks(client, leader):
    client.force_login(leader)
    office = make_unit(name="Văn phòng Cục")
    lead = make_person(full_name="Lê Thị Hoa")
    meeting = make_meeting(title="Họp tháng 3")
    a = make_task(title="Việc A", lead_unit=office, state="in_progress", deadline=datetime.date(2030, 1, 5),
                  meeting=meeting)
    b = make_task(title="Việc B", lead_person=lead, deadline=datetime.date(2020, 1, 5))
    c = make_task(title="Việc C", deadline=None)
    c.coordinating_units.add(office)
    return {"office": office, "lead": lead, "meeting": meeting, "a": a, "b": b, "c": c}


def test_filter_by_state(client, tasks):
    assert titles(client, state="in_progress")[0] == {"Việc A"}


def test_filter_by_timeliness(client, tasks):
    assert titles(client, timeliness="overdue")[0] == {"Việc B"}
    assert titles(client, timeliness="no_deadline")[0] == {"Việc C"}


def test_filter_by_unit_includes_coordinating(client, tasks):
    assert titles(client, unit=tasks["office"].pk)[0] == {"Việc A", "Việc C"}


def test_filter_by_lead_and_meeting(client, tasks):
    assert titles(client, lead=tasks["lead"].pk)[0] == {"Việc B"}
    assert titles(client, meeting=tasks["meeting"].pk)[0] == {"Việc A"}


def test_filter_by_deadline_range_typed_day_first(client, tasks):
    assert titles(client, deadline_from="01/01/2030", deadline_to="31/01/2030")[0] == {"Việc A"}
    assert titles(client, deadline_to="05/01/2020")[0] == {"Việc B"}


@pytest.mark.parametrize("value", ["2030-01-05", "5 tháng 1", "31/02/2030", "01/13/2030"])
def test_bad_dates_get_a_vietnamese_error_not_a_500(client, tasks, value):
    _found, page = titles(client, deadline_from=value)
    assert "Nhập ngày theo dạng ngày/tháng/năm" in page
    assert "Vui lòng sửa các điều kiện lọc" in page


def test_summary_follows_the_filter(client, tasks):
    _found, page = titles(client, timeliness="overdue")
    assert '<th scope="row">Tất cả nhiệm vụ</th>\n      <td>1</td>' in page
