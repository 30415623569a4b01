"""The register's rules: numbers unique per issuing body, dates in order, no replacement loops."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from documents.models import Document
from documents.tests.factories import make_document, make_issuer
from organisation.tests.factories import make_person

pytestmark = pytest.mark.django_db


def test_slug_comes_from_the_number_with_vietnamese_letters_folded():
    document = make_document(number="123/QĐ-CTHADS")
    assert document.slug == "123-qd-cthads"
    assert document.get_absolute_url() == "/van-ban/123-qd-cthads/"


def test_same_number_from_two_issuing_bodies_is_allowed_with_distinct_addresses():
    first = make_document(number="01/KH-UBND", issuer=make_issuer("UBND tỉnh Thanh Hóa"))
    second = make_document(number="01/KH-UBND", issuer=make_issuer("UBND huyện Hoằng Hóa"))
    assert first.slug != second.slug


def test_duplicate_number_of_one_issuer_is_refused_with_a_message_even_spelled_differently():
    existing = make_document(number="123/QĐ-CTHADS")
    duplicate = Document(number="123 / qđ-cthads", issuer=existing.issuer, kind=Document.Kind.DECISION,
                         summary="Khác", issued_on=datetime.date(2023, 4, 1))
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "đã có văn bản mang số này" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()
    assert Document.objects.count() == 1


def test_effective_date_before_issue_date_is_refused():
    document = Document(number="5/CV-CTHADS", issuer=make_issuer(), kind=Document.Kind.OFFICIAL_LETTER,
                        summary="Về việc", issued_on=datetime.date(2023, 5, 10), effective_on=datetime.date(2023, 5, 9))
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert error.value.message_dict["effective_on"] == ["Ngày có hiệu lực không được trước ngày ban hành."]
    with pytest.raises(IntegrityError), transaction.atomic():
        document.save()


def test_a_document_cannot_replace_itself_nor_close_a_loop():
    old = make_document(number="1/QĐ-CTHADS")
    new = make_document(number="2/QĐ-CTHADS")
    old.replaced_by = old
    with pytest.raises(ValidationError) as error:
        old.full_clean()
    assert "không thể thay thế chính nó" in error.value.message_dict["replaced_by"][0]
    old.replaced_by = new
    old.full_clean()
    old.save()
    new.replaced_by = old
    with pytest.raises(ValidationError) as error:
        new.full_clean()
    assert "vòng lặp" in error.value.message_dict["replaced_by"][0]


def test_legal_force_follows_dates_and_replacement():
    today = datetime.date(2024, 6, 1)
    document = make_document(issued_on=datetime.date(2024, 1, 1), effective_on=datetime.date(2024, 2, 1))
    assert document.force(today) == "in_force"
    assert document.force(datetime.date(2024, 1, 15)) == "not_yet"
    document.expires_on = datetime.date(2024, 5, 31)
    assert document.force(today) == "expired"
    document.replaced_by = make_document()
    assert document.force(today) == "replaced"


def test_signer_name_is_filled_from_the_person_chosen():
    person = make_person(full_name="Lê Văn Bình", position="Cục trưởng")
    document = make_document(signer=person)
    assert document.signer_name == "Lê Văn Bình – Cục trưởng"
