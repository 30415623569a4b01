"""Every public record carries the same link preview set: Open Graph, Dublin Core and JSON-LD (extruct reads them)."""

import datetime

import extruct
import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage

from feedback.tests.factories import make_answer
from news.tests.factories import image_upload, local_datetime, make_article
from notices.tests.factories import make_notice
from organisation.tests.factories import make_renamed_agency
from procedures.models import Procedure

pytestmark = pytest.mark.django_db


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    found = extruct.extract(html, base_url="http://testserver" + url, syntaxes=["opengraph", "json-ld"], uniform=True)
    tags = BeautifulSoup(html, "html.parser").select('meta[name^="DC."]')
    dublin_core = {tag["name"]: tag["content"] for tag in tags}
    [graph] = found["opengraph"]
    return graph, {item["@type"]: item for item in found["json-ld"]}, dublin_core


def test_an_article_without_a_cover_shows_its_first_photo(client, site_settings):
    name = default_storage.save("uploads/2023/04/le-ra-quan.jpg", image_upload("le-ra-quan.jpg", size=(1600, 900)))
    body = (f'<p>Sáng 31/3/2023…</p><figure><img src="/media/{name}" alt="Đoàn viên ra quân"></figure>'
            '<p><img src="https://example.org/x.jpg" alt="ngoài"></p>')
    article = make_article(title="Chi đoàn ra quân", body=body, published_at=local_datetime(2023, 4, 3, 6, 30))
    graph, items, _dc = read(client, article.get_absolute_url())
    assert graph["og:image"].startswith("http://testserver/media/renditions/1200/")
    assert graph["og:image:alt"] == "Đoàn viên ra quân"
    assert items["NewsArticle"]["image"] == [graph["og:image"]]


def test_a_notice_carries_open_graph_dublin_core_and_json_ld_with_the_publisher_of_its_day(client, site_settings):
    make_renamed_agency()
    notice = make_notice(title="Thông báo lựa chọn tổ chức đấu giá tài sản", notice_date=datetime.date(2025, 3, 3))
    graph, items, dc = read(client, notice.get_absolute_url())
    assert graph["og:title"] == notice.title and graph["@type"] == "article"
    assert dc["DC.title"] == notice.title and dc["DC.date"] == "2025-03-03"
    assert dc["DC.publisher"] == "Cục Thi hành án dân sự tỉnh Thanh Hóa"
    assert items["Article"]["publisher"]["name"] == "Cục Thi hành án dân sự tỉnh Thanh Hóa"
    assert items["Article"]["datePublished"] == "2025-03-03"


def test_a_published_answer_is_a_qa_page(client, site_settings):
    answer = make_answer()
    graph, items, dc = read(client, answer.get_absolute_url())
    assert graph["og:title"] == answer.public_title == dc["DC.title"]
    question = items["QAPage"]["mainEntity"]
    assert question["name"] == answer.public_title and question["acceptedAnswer"]["text"]


def test_a_procedure_is_a_government_service(client, site_settings):
    procedure = Procedure.objects.create(name="Thủ tục yêu cầu thi hành án", steps="Nộp đơn")
    graph, items, dc = read(client, procedure.get_absolute_url())
    assert graph["og:title"] == procedure.name == dc["DC.title"]
    assert items["GovernmentService"]["name"] == procedure.name
    assert items["GovernmentService"]["provider"]["name"] == site_settings.agency_name
