"""/thu-tuc-hanh-chinh/: the list by field, search with or without diacritics, a procedure's page, its forms."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.models import Sector
from documents.tests.factories import docx_upload
from procedures.admin import ProcedureFormForm
from procedures.demo import seed_procedures_demo
from procedures.models import Procedure, ProcedureForm

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedures():
    seed_procedures_demo()
    other = Sector.objects.create(name="Tiếp công dân")
    Procedure.objects.create(name="Thủ tục tiếp công dân tại trụ sở", sector=other, steps="Bước 1",
                             code="2.002000")
    Procedure.objects.create(name="Thủ tục chưa công bố", steps="Bước 1", is_published=False)


def names(response):
    assert response.status_code == 200
    return [procedure.name for procedure in response.context["object_list"]]


def test_demo_has_the_enforcement_procedures_marked_as_placeholders(client, procedures):
    listed = names(client.get("/thu-tuc-hanh-chinh/"))
    assert "Thủ tục yêu cầu thi hành án" in listed and "Thủ tục xác nhận kết quả thi hành án" in listed
    assert "Thủ tục chưa công bố" not in listed
    page = client.get(Procedure.objects.get(name="Thủ tục yêu cầu thi hành án").get_absolute_url()).text
    for shown in ("(mã mẫu) THADS-01", "Bước 1", "Đơn yêu cầu thi hành án", "nội dung mẫu",
                  "Luật Thi hành án dân sự số 106/2025/QH15", "Thời hạn giải quyết"):
        assert shown in page
    # No link to the national portal's home page: a citizen must land on the procedure itself.
    assert 'href="https://dichvucong.gov.vn/"' not in page


@pytest.mark.parametrize(("params", "expected"), [
    ({"q": "xac nhan ket qua"}, ["Thủ tục xác nhận kết quả thi hành án"]),
    ({"q": "Xác nhận KẾT QUẢ"}, ["Thủ tục xác nhận kết quả thi hành án"]),
    ({"q": "2.002000"}, ["Thủ tục tiếp công dân tại trụ sở"]),
    ({"linh_vuc": "tiep-cong-dan"}, ["Thủ tục tiếp công dân tại trụ sở"]),
    ({"linh_vuc": "tiep-cong-dan", "q": "yeu cau thi hanh an"}, []),
    ({"linh_vuc": "thi-hanh-an-dan-su", "q": "khieu nai"}, ["Thủ tục giải quyết khiếu nại về thi hành án dân sự "
                                                            "lần đầu"]),
])
def test_search_and_field_filter(client, procedures, params, expected):
    assert names(client.get("/thu-tuc-hanh-chinh/", params)) == expected


@pytest.mark.parametrize("params", [{"linh_vuc": "khong-co"}, {"q": "x" * 201}])
def test_bad_filters_answer_400(client, procedures, params):
    response = client.get("/thu-tuc-hanh-chinh/", params)
    assert response.status_code == 400
    assert "form-error" in response.text


def test_forms_are_checked_by_content_and_downloaded(client, procedures):
    procedure = Procedure.objects.get(name="Thủ tục yêu cầu thi hành án")
    bad = ProcedureFormForm(data={"title": "Mẫu đơn", "position": 0},
                            files={"file": SimpleUploadedFile("mau-don.docx", b"MZ\x90\x00 not a document")},
                            instance=ProcedureForm(procedure=procedure))
    assert not bad.is_valid()
    assert "không phải là PDF, Word (DOCX), Excel (XLSX)" in bad.errors["file"][0]
    good = ProcedureFormForm(data={"title": "Mẫu đơn yêu cầu thi hành án", "position": 0},
                             files={"file": docx_upload("Mẫu đơn.docx")}, instance=ProcedureForm(procedure=procedure))
    assert good.is_valid(), good.errors
    item = good.save()
    page = client.get(procedure.get_absolute_url()).text
    assert "Mẫu đơn yêu cầu thi hành án" in page and item.get_absolute_url() in page
    download = client.get(item.get_absolute_url())
    assert download["Content-Disposition"].startswith("attachment;")
    assert b"".join(download.streaming_content).startswith(b"PK")


def test_sitemap_lists_published_procedures_and_the_section_pages(client, procedures):
    text = client.get("/sitemap.xml").text
    if "<sitemapindex" in text:
        text = "".join(client.get(f"/sitemap-{name}.xml").text for name in ("procedures", "entries"))
    assert Procedure.objects.get(name="Thủ tục yêu cầu thi hành án").get_absolute_url() in text
    assert "/thu-tuc-hanh-chinh/</loc>" in text and "/lich-cong-tac/</loc>" in text and "/van-ban/</loc>" in text
    assert "chua-cong-bo" not in text
