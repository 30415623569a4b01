"""A procedure's page carries the fields the National Public Service Portal publishes, and links to the procedure."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from core.testing.migrations import migrate, migrate_to_latest
from procedures.models import Procedure

pytestmark = pytest.mark.django_db

PROCEDURE_PAGE = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1"


@pytest.fixture
def procedure():
    return Procedure.objects.create(
        name="Thủ tục yêu cầu thi hành án", code="2.001234", steps="Nộp đơn\nNhận kết quả",
        methods="Trực tiếp\nQua bưu chính\nTrực tuyến", applicants="Cá nhân, cơ quan, tổ chức",
        required_documents="Đơn yêu cầu thi hành án", requirements="Bản án đã có hiệu lực pháp luật",
        result="Quyết định thi hành án", online_url=PROCEDURE_PAGE)


def sections(client, procedure):
    page = BeautifulSoup(client.get(procedure.get_absolute_url()).content, "html.parser")
    shown = {}
    for heading in page.select("article h2"):
        items = heading.find_next_sibling(["ul", "ol"]).select("li")
        shown[heading.get_text(strip=True)] = [item.get_text(strip=True) for item in items]
    return shown, page


def test_the_page_shows_every_national_field_under_its_vietnamese_heading(client, procedure):
    shown, page = sections(client, procedure)
    assert shown["Cách thức thực hiện"] == ["Trực tiếp", "Qua bưu chính", "Trực tuyến"]
    assert shown["Đối tượng thực hiện"] == ["Cá nhân, cơ quan, tổ chức"]
    assert shown["Yêu cầu, điều kiện thực hiện"] == ["Bản án đã có hiệu lực pháp luật"]
    assert shown["Kết quả thực hiện"] == ["Quyết định thi hành án"]
    assert list(shown) == ["Trình tự thực hiện", "Cách thức thực hiện", "Đối tượng thực hiện", "Thành phần hồ sơ",
                           "Yêu cầu, điều kiện thực hiện", "Kết quả thực hiện"]
    assert page.select_one(".submit-online a")["href"] == PROCEDURE_PAGE


@pytest.mark.parametrize("home", ["https://dichvucong.gov.vn/", "https://dichvucong.gov.vn",
                                  "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"])
def test_the_portal_home_page_is_refused_as_the_procedure_link(procedure, home):
    procedure.online_url = home
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert "Đây là trang chủ của Cổng" in error.value.message_dict["online_url"][0]


def test_the_admin_refuses_the_home_page_and_keeps_what_was_typed(client, superuser, procedure):
    client.force_login(superuser)
    url = f"/admin/procedures/procedure/{procedure.pk}/change/"
    form = {field: getattr(procedure, field) for field in (
        "name", "code", "steps", "methods", "applicants", "required_documents", "requirements", "result")}
    response = client.post(url, {**form, "position": 0, "is_published": "on",
                                 "online_url": "https://dichvucong.gov.vn/", "methods": "Trực tuyến (đã sửa)",
                                 "forms-TOTAL_FORMS": 0, "forms-INITIAL_FORMS": 0})
    assert response.status_code == 200
    assert "Đây là trang chủ của Cổng" in response.text and "Trực tuyến (đã sửa)" in response.text
    procedure.refresh_from_db()
    assert procedure.online_url == PROCEDURE_PAGE


@pytest.mark.django_db(transaction=True)
def test_the_upgrade_forgets_links_to_the_portal_home_page():
    old = migrate([("procedures", "0002_private_forms")])
    Old = old.get_model("procedures", "Procedure")
    home = Old.objects.create(name="A", slug="a", steps="x", online_url="https://dichvucong.gov.vn/")
    own = Old.objects.create(name="B", slug="b", steps="x", online_url=PROCEDURE_PAGE)
    new = migrate([("procedures", "0003_national_fields")])
    New = new.get_model("procedures", "Procedure")
    assert (New.objects.get(pk=home.pk).online_url, New.objects.get(pk=own.pk).online_url) == ("", PROCEDURE_PAGE)
    migrate_to_latest()
