"""The văn thư's change page: workflow buttons, the kind checked against the number, a law's publisher."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from documents.models import Document
from documents.tests.factories import make_document, make_issuer, make_sector
from documents.tests.test_detail import json_ld
from sitewide.roles import seed_section_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def vanthu(db):
    import io

    seed_section_roles(stdout=io.StringIO())
    return get_user_model().objects.get(username="vanthu")


def change_url(document):
    return reverse("admin:documents_document_change", args=[document.pk])


def test_the_change_page_approves_then_publishes_the_document(client, vanthu, site_settings):
    document = make_document(status=Document.Status.DRAFT, published_at=None)
    client.force_login(vanthu)
    page = client.get(change_url(document)).content.decode()
    assert "Trạng thái:" in page and ">Duyệt</button>" in page and "Đăng lên cổng thông tin" not in page

    step = reverse("admin:documents_document_step", args=[document.pk, "approve"])
    page = client.post(step, follow=True).content.decode()
    assert "Đã thực hiện: văn bản hiện ở trạng thái" in page and "Đăng lên cổng thông tin</button>" in page
    step = reverse("admin:documents_document_step", args=[document.pk, "publish"])
    client.post(step)
    document.refresh_from_db()
    assert document.status == Document.Status.PUBLISHED
    assert client.get(document.get_absolute_url()).status_code == 200


def test_a_step_the_user_may_not_take_is_refused(client, django_user_model, site_settings):
    document = make_document(status=Document.Status.DRAFT, published_at=None)
    reader = django_user_model.objects.create_user("xem", is_staff=True)
    client.force_login(reader)
    assert client.post(reverse("admin:documents_document_step", args=[document.pk, "approve"])).status_code == 403
    assert client.get(reverse("admin:documents_document_step", args=[document.pk, "approve"])).status_code in (403, 405)
    document.refresh_from_db()
    assert document.status == Document.Status.DRAFT


def _form(issuer, sector, **fields):
    data = {"number": "15/QĐ-CTHADS", "kind": "luat", "issuer": issuer.pk, "sector": sector.pk,
            "summary": "Về việc thử", "issued_on": "01/03/2023", "signer_name": "",
            "files-TOTAL_FORMS": "0", "files-INITIAL_FORMS": "0",
            "transitions-TOTAL_FORMS": "0", "transitions-INITIAL_FORMS": "0"}
    data.update(fields)
    return data


def test_a_law_numbered_as_a_decision_is_refused_in_vietnamese(client, vanthu):
    issuer, sector = make_issuer("Cục THADS tỉnh Thanh Hóa"), make_sector("Thi hành án dân sự")
    client.force_login(vanthu)
    response = client.post(reverse("admin:documents_document_add"), _form(issuer, sector))
    assert response.status_code == 200
    assert "Số ký hiệu “15/QĐ-CTHADS” là của quyết định, không phải của luật" in response.content.decode()
    assert not Document.objects.exists()
    response = client.post(reverse("admin:documents_document_add"), _form(issuer, sector, kind="quyet-dinh"))
    assert response.status_code == 302
    assert Document.objects.get().kind == "quyet-dinh"


@pytest.mark.parametrize(("kind", "number", "refused"), [
    ("luat", "106/2025/QH15", False), ("nghi-dinh", "62/2015/ND-CP", False), ("thong-tu", "04/2023/TT-BTP", False),
    ("cong-van", "3769/BTP-TCTHADS", False), ("ket-luan", "160-KL/TW", False),
    ("luat", "62/2015/NĐ-CP", True), ("nghi-dinh", "106/2025/QH15", True), ("quyet-dinh", "04/2023/TT-BTP", True),
])
def test_the_kind_is_checked_against_the_number(kind, number, refused):
    from documents.symbols import mismatch

    assert (mismatch(kind=kind, number=number) is not None) is refused


def test_a_laws_publisher_is_its_issuing_body(client, site_settings):
    make_document(number="106/2025/QH15", kind=Document.Kind.LAW, issuer=make_issuer("Quốc hội"),
                  issued_on=datetime.date(2025, 12, 5), summary="Luật Thi hành án dân sự")
    data = json_ld(client.get("/van-ban/106-2025-qh15/").text)
    assert data["publisher"]["name"] == "Quốc hội"
    assert data["provider"]["name"] == site_settings.agency_name
