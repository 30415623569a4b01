"""A deadline is set by the rule in force on the day it starts; a lapsed rule is kept until a new one."""

import datetime

import pytest

from legal.deadlines import rule_for
from legal.models import Topic

pytestmark = pytest.mark.django_db
D = datetime.date


def test_the_register_has_three_working_days_under_the_2023_circular():
    rule = rule_for(Topic.DEBTOR_REGISTER, on=D(2026, 6, 30))
    assert (rule.days, rule.working_days, rule.carried_over) == (3, True, False)
    assert rule.basis.number == "04/2023/TT-BTP"
    assert rule.due_on(D(2026, 6, 26)) == D(2026, 7, 1)  # a Friday: Monday, Tuesday, Wednesday


def test_after_the_circular_lapses_its_rule_is_carried_over_and_marked():
    rule = rule_for(Topic.DEBTOR_REGISTER, on=D(2026, 7, 1))
    assert rule.carried_over and rule.basis.number == "04/2023/TT-BTP" and rule.days == 3


def test_personal_data_requests_switch_from_72_hours_to_2_working_days():
    old = rule_for(Topic.PERSONAL_DATA, on=D(2025, 12, 31))
    new = rule_for(Topic.PERSONAL_DATA, on=D(2026, 1, 1))
    assert old.basis.number == "13/2023/NĐ-CP" and old.due_on(D(2025, 12, 31)) == D(2026, 1, 3)
    assert new.basis.number == "356/2025/NĐ-CP" and new.due_on(D(2026, 1, 2)) == D(2026, 1, 6)


def test_no_rule_before_any_basis_set_one():
    assert rule_for(Topic.PERSONAL_DATA, on=D(2020, 1, 1)) is None
