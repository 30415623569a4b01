"""Positions are dated and belong to a capacity: State, Party, Youth Union, trade union."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from organisation.models import Appointment, Capacity
from organisation.services import change_title
from organisation.tests.factories import make_person

pytestmark = pytest.mark.django_db

MEETING_2023 = datetime.date(2023, 3, 31)
MEETING_2026 = datetime.date(2026, 11, 27)


@pytest.fixture
def director():
    person = make_person(full_name="Hoàng Văn Truyền", position="Bí thư Đảng ủy, Cục trưởng")
    Appointment.objects.create(person=person, capacity=Capacity.PARTY, title="Bí thư Đảng ủy", order=0)
    Appointment.objects.create(person=person, capacity=Capacity.STATE, title="Cục trưởng", order=1)
    change_title(person=person, capacity=Capacity.STATE, on=datetime.date(2025, 7, 1),
                 title="Trưởng Thi hành án dân sự tỉnh")
    return person


def test_the_state_title_changes_on_1_july_2025_and_the_party_title_stays(director):
    assert director.title_on(MEETING_2023) == "Bí thư Đảng ủy, Cục trưởng"
    assert director.title_on(MEETING_2026) == "Bí thư Đảng ủy, Trưởng Thi hành án dân sự tỉnh"
    assert director.title_on(datetime.date(2025, 6, 30), Capacity.STATE) == "Cục trưởng"


def test_a_state_label_names_the_state_title_only(director):
    assert director.label_on(MEETING_2026, Capacity.STATE) == "Hoàng Văn Truyền – Trưởng Thi hành án dân sự tỉnh"
    assert director.label_on(MEETING_2026, Capacity.PARTY) == "Hoàng Văn Truyền – Bí thư Đảng ủy"
    assert director.label_on(MEETING_2026, Capacity.YOUTH) == "Hoàng Văn Truyền"


def test_the_title_held_before_ends_the_day_before_the_new_one(director):
    former = Appointment.objects.get(person=director, title="Cục trưởng")
    assert former.ends_on == datetime.date(2025, 6, 30)
    assert Appointment.objects.get(person=director, title="Trưởng Thi hành án dân sự tỉnh").order == former.order


def test_a_person_without_dated_positions_keeps_the_free_text_position():
    person = make_person(full_name="Chánh Văn phòng", position="Chánh Văn phòng")
    assert person.title_on(MEETING_2023, Capacity.STATE) == "Chánh Văn phòng"
    assert person.label == "Chánh Văn phòng – Chánh Văn phòng"


def test_a_position_cannot_end_before_it_starts():
    person = make_person()
    appointment = Appointment(person=person, title="Phó Cục trưởng", starts_on=datetime.date(2024, 1, 1),
                              ends_on=datetime.date(2023, 1, 1))
    with pytest.raises(ValidationError) as error:
        appointment.full_clean()
    assert "ends_on" in error.value.message_dict
