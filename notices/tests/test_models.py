"""The register's rules: what an entry may hold and when it may leave the public pages."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from notices.models import Debtor
from notices.tests.factories import make_debtor

pytestmark = pytest.mark.django_db


def errors_of(debtor):
    with pytest.raises(ValidationError) as error:
        debtor.full_clean()
    return error.value.message_dict


def test_an_organisation_has_no_year_of_birth():
    debtor = make_debtor(kind=Debtor.Kind.ORGANISATION, birth_year=None)
    debtor.birth_year = 1990
    assert errors_of(debtor) == {"birth_year": ["Tổ chức không có năm sinh."]}


def test_decision_cannot_precede_the_judgment():
    debtor = make_debtor()
    debtor.decision_date = debtor.judgment_date - datetime.timedelta(days=1)
    assert errors_of(debtor) == {"decision_date": ["Ngày quyết định không được trước ngày bản án."]}


def test_removal_needs_a_reason_and_a_date_after_publication():
    debtor = make_debtor(published_on=datetime.date(2023, 5, 1))
    debtor.removed_on = datetime.date(2023, 4, 1)
    assert errors_of(debtor) == {"removal_reason": ["Hãy ghi lý do rút khỏi danh sách."],
                                 "removed_on": ["Không thể rút trước ngày công khai."]}


def test_only_current_published_entries_are_public():
    today = datetime.date(2024, 1, 10)
    shown = make_debtor(published_on=datetime.date(2024, 1, 1))
    make_debtor(published_on=datetime.date(2024, 2, 1))
    make_debtor(published_on=datetime.date(2023, 1, 1), removed_on=datetime.date(2023, 6, 1), removal_reason="Xong")
    assert list(Debtor.objects.public(today)) == [shown]
