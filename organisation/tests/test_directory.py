"""Organisation: units as a tree, people, Youth Union roles with terms."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from organisation.models import Membership
from organisation.tests.factories import make_person, make_unit

pytestmark = pytest.mark.django_db


def test_unit_tree_ancestors():
    agency = make_unit(name="Cục THADS tỉnh Thanh Hóa")
    party = make_unit(name="Đảng ủy Cục", parent=agency)
    branch = make_unit(name="Chi đoàn Thanh niên Cục", parent=party)
    assert branch.ancestors() == [party, agency]
    assert list(agency.children.all()) == [party]


def test_unit_cannot_be_its_own_ancestor():
    agency = make_unit(name="Cục")
    office = make_unit(name="Văn phòng", parent=agency)
    agency.parent = office
    with pytest.raises(ValidationError) as error:
        agency.full_clean()
    assert "parent" in error.value.message_dict


def test_person_label_joins_name_and_position():
    person = make_person(full_name="Hoàng Văn Truyền", position="Bí thư Đảng ủy, Cục trưởng")
    assert person.label == "Hoàng Văn Truyền – Bí thư Đảng ủy, Cục trưởng"
    assert make_person(full_name="Tuấn Linh", position="").label == "Tuấn Linh"


def test_current_roles_follow_the_term():
    branch = make_unit(name="Chi đoàn")
    old = Membership.objects.create(person=make_person(), unit=branch, role=Membership.Role.SECRETARY,
                                    term_start=datetime.date(2019, 1, 1), term_end=datetime.date(2021, 12, 31))
    new = Membership.objects.create(person=make_person(), unit=branch, role=Membership.Role.SECRETARY,
                                    term_start=datetime.date(2022, 1, 1))
    assert list(Membership.objects.current(datetime.date(2021, 12, 31))) == [old]
    assert list(Membership.objects.current(datetime.date(2022, 1, 1))) == [new]
    assert str(new).startswith("Bí thư: ")


def test_term_cannot_end_before_it_starts():
    role = Membership(person=make_person(), unit=make_unit(), role=Membership.Role.MEMBER,
                      term_start=datetime.date(2023, 1, 1), term_end=datetime.date(2022, 1, 1))
    with pytest.raises(ValidationError) as error:
        role.full_clean()
    assert error.value.message_dict["term_end"] == ["Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu."]
