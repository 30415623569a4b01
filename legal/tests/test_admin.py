"""Staff record a new basis in the admin; impossible dates are refused in Vietnamese, never with a 500."""

import pytest
from django.urls import reverse

from legal.models import LegalBasis

pytestmark = pytest.mark.django_db


def post(client, **fields):
    data = {"topic": "portal", "kind": "decree", "title": "Nghị định", "number": "1/2099/NĐ-CP", "articles": "",
            "subject": "", "issuing_body": "", "order": "0", "in_force_from": "", "in_force_to": "",
            "deadline_days": "", "deadline_in_working_days": "on", "source_url": "", "note": "", **fields}
    return client.post(reverse("admin:legal_legalbasis_add"), data)


def test_a_basis_cannot_leave_force_before_it_comes_into_force(admin_client):
    response = post(admin_client, in_force_from="01/07/2026", in_force_to="30/06/2026")
    assert response.status_code == 200
    assert "Văn bản không thể hết hiệu lực trước ngày có hiệu lực." in response.content.decode()
    assert not LegalBasis.objects.filter(number="1/2099/NĐ-CP").exists()


def test_a_zero_day_deadline_and_a_bad_date_are_refused_in_vietnamese(admin_client):
    page = post(admin_client, deadline_days="0", in_force_from="31/02/2026").content.decode()
    assert "Thời hạn ít nhất là một ngày" in page and "Nhập một ngày hợp lệ." in page


def test_a_valid_basis_is_saved(admin_client):
    response = post(admin_client, in_force_from="01/07/2026")
    assert response.status_code == 302
    assert LegalBasis.objects.get(number="1/2099/NĐ-CP").in_force_from.isoformat() == "2026-07-01"
