"""Which bases are in force on a day: the start and the last day count, an empty start means in force."""

import datetime

import pytest

from legal.models import LegalBasis, Topic
from legal.tests.factories import make_basis

pytestmark = pytest.mark.django_db
D = datetime.date


def numbers(queryset, made):
    return [basis.number for basis in queryset.filter(pk__in=[basis.pk for basis in made])]


def test_a_basis_is_in_force_from_its_first_to_its_last_day():
    old = make_basis(in_force_from=D(2023, 7, 1), in_force_to=D(2025, 12, 31))
    new = make_basis(in_force_from=D(2026, 1, 1))
    made = [old, new]
    assert numbers(LegalBasis.objects.in_force(on=D(2023, 6, 30)), made) == []
    assert numbers(LegalBasis.objects.in_force(on=D(2025, 12, 31)), made) == [old.number]
    assert numbers(LegalBasis.objects.in_force(on=D(2026, 1, 1)), made) == [new.number]


def test_a_basis_without_a_confirmed_start_counts_as_in_force():
    undated = make_basis(in_force_from=None)
    assert numbers(LegalBasis.objects.in_force(on=D(2001, 1, 1)), [undated]) == [undated.number]


def test_for_topic_keeps_the_topic_and_puts_the_main_basis_first():
    circular = make_basis(topic=Topic.DEBTOR_REGISTER, order=5, in_force_from=D(2090, 1, 1))
    law = make_basis(topic=Topic.DEBTOR_REGISTER, order=0, in_force_from=D(2090, 1, 1))
    other = make_basis(topic=Topic.PORTAL, in_force_from=D(2090, 1, 1))
    found = numbers(LegalBasis.objects.for_topic(Topic.DEBTOR_REGISTER, on=D(2090, 1, 2)), [circular, law, other])
    assert found == [law.number, circular.number]


def test_repealed_and_upcoming_are_told_apart_from_what_is_in_force():
    gone = make_basis(in_force_from=D(2020, 1, 1), in_force_to=D(2024, 5, 31))
    coming = make_basis(in_force_from=D(2027, 1, 1))
    today = D(2025, 1, 1)
    assert numbers(LegalBasis.objects.repealed(on=today), [gone, coming]) == [gone.number]
    assert numbers(LegalBasis.objects.upcoming(on=today), [gone, coming]) == [coming.number]


def test_the_citation_names_the_article_only_when_it_is_confirmed():
    assert make_basis(title="Luật Mẫu", number="1/2099/QH15", articles="Điều 7").citation == \
        "Điều 7 Luật Mẫu số 1/2099/QH15"
    assert make_basis(title="Luật Mẫu", number="2/2099/QH15").citation == "Luật Mẫu số 2/2099/QH15"
