"""What a shared link shows: Open Graph and JSON-LD as extruct (the metadata extractor) reads them."""

import datetime
import io
from urllib.parse import quote

import extruct
import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from news.tests.factories import image_upload, local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db
AGENCY = "Cục Thi hành án dân sự tỉnh Thanh Hóa"


def extract(client, url):
    """Return (Open Graph properties, JSON-LD items by type) of a page, read by extruct."""
    response = client.get(url)
    assert response.status_code == 200
    found = extruct.extract(response.content.decode(), base_url="http://testserver" + url,
                            syntaxes=["opengraph", "json-ld"], uniform=True)
    [graph] = found["opengraph"]
    by_type = {}
    for item in found["json-ld"]:
        assert item["@context"] == "https://schema.org"
        assert item["@type"] not in by_type, "one item of each type"
        by_type[item["@type"]] = item
    return graph, by_type


def assert_fetchable_picture(client, url, width, height):
    """Check that the picture at an absolute testserver URL has the announced size."""
    assert url.startswith("http://testserver/")
    path = url.removeprefix("http://testserver")
    if path.startswith("/static/"):
        with open(finders.find(path.removeprefix("/static/")), "rb") as handle:
            data = handle.read()
    else:
        response = client.get(path)
        assert response.status_code == 200
        data = b"".join(response.streaming_content) if response.streaming else response.content
    assert Image.open(io.BytesIO(data)).size == (width, height)


def test_article_with_a_cover_shows_its_rendition_with_size_and_alt(client, site_settings):
    article = make_article(
        title="Chi đoàn ra quân", cover=image_upload("bia.jpg", size=(1600, 900)),
        cover_caption="Đoàn viên dọn vệ sinh",
        byline="Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn", published_at=local_datetime(2023, 4, 3, 6, 30),
    )
    graph, items = extract(client, article.get_absolute_url())
    assert graph["@type"] == "article"  # extruct (uniform) names og:type so
    assert graph["og:image"].startswith("http://testserver/media/renditions/1200/")
    assert (graph["og:image:width"], graph["og:image:height"]) == ("1200", "675")
    assert graph["og:image:alt"] == "Đoàn viên dọn vệ sinh"
    assert graph["og:image:type"] == "image/jpeg"
    assert_fetchable_picture(client, graph["og:image"], 1200, 675)
    assert graph["article:published_time"] == "2023-04-03T06:30:00+07:00"
    news = items["NewsArticle"]
    assert news["image"] == [graph["og:image"]]
    assert news["author"] == {"@type": "Person", "name": "Tuấn Linh", "jobTitle": "Phó Bí thư Chi đoàn"}
    assert news["datePublished"] == "2023-04-03T06:30:00+07:00"


def test_article_without_a_cover_falls_back_to_the_agency_card(client, site_settings):
    article = make_article(title="Thông báo lịch tiếp công dân", byline="Theo Văn phòng")
    graph, items = extract(client, article.get_absolute_url())
    assert graph["og:image"] == "http://testserver/static/img/og-default.png"
    assert (graph["og:image:width"], graph["og:image:height"]) == ("1200", "630")
    assert graph["og:image:alt"] == AGENCY
    assert_fetchable_picture(client, graph["og:image"], 1200, 630)
    news = items["NewsArticle"]
    assert news["image"] == [graph["og:image"]]
    assert news["author"] == {"@type": "Organization", "name": "Văn phòng"}
    assert news["sourceOrganization"] == {"@type": "Organization", "name": "Văn phòng"}


def test_article_without_credit_is_authored_by_the_agency(client, site_settings):
    article = make_article(title="Thông báo", byline="")
    _graph, items = extract(client, article.get_absolute_url())
    assert items["NewsArticle"]["author"] == {"@type": "GovernmentOrganization", "name": AGENCY}


def test_modified_time_follows_the_last_edit_and_never_precedes_publication(client, site_settings):
    article = make_article(title="Tin sửa", published_at=local_datetime(2023, 4, 3, 6, 30))
    graph, items = extract(client, article.get_absolute_url())
    modified = datetime.datetime.fromisoformat(graph["article:modified_time"])
    assert modified.utcoffset() == datetime.timedelta(hours=7)
    assert modified >= datetime.datetime.fromisoformat(graph["article:published_time"])
    assert abs(modified - article.updated_at) < datetime.timedelta(seconds=1)
    assert items["NewsArticle"]["dateModified"] == graph["article:modified_time"]

    scheduled_later = make_article(title="Hẹn giờ đã đăng", published_at=local_datetime(2023, 4, 3, 6, 30))
    type(article).objects.filter(pk=scheduled_later.pk).update(updated_at=local_datetime(2023, 4, 1))
    graph, _items = extract(client, scheduled_later.get_absolute_url())
    assert graph["article:modified_time"] == "2023-04-03T06:30:00+07:00"


def test_article_breadcrumbs_lead_home_then_category_then_article(client, site_settings):
    category = make_category(name="Hoạt động đoàn thể")
    article = make_article(title="Đoàn viên ra quân", category=category)
    _graph, items = extract(client, article.get_absolute_url())
    crumbs = items["BreadcrumbList"]["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Trang chủ", "http://testserver/"),
        (2, "Hoạt động đoàn thể", "http://testserver" + category.get_absolute_url()),
        (3, "Đoàn viên ra quân", "http://testserver" + article.get_absolute_url()),
    ]


def test_home_page_is_a_website_with_a_search_action_and_a_picture(client, site_settings):
    graph, items = extract(client, "/")
    assert graph["@type"] == "website"  # extruct (uniform) names og:type so
    assert graph["og:image"] == "http://testserver/static/img/og-default.png"
    assert graph["og:image:alt"] == AGENCY
    site = items["WebSite"]
    assert site["name"] == AGENCY and site["url"] == "http://testserver/"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["query-input"] == "required name=search_term_string"
    template = action["target"]["urlTemplate"]
    assert template == "http://testserver/tim-kiem/?q={search_term_string}"
    # The template, filled in, is a working search page.
    found = make_article(title="Đoàn viên ra quân")
    filled = template.removeprefix("http://testserver").replace("{search_term_string}", quote("doan vien"))
    response = client.get(filled)
    assert response.status_code == 200 and found.get_absolute_url() in response.content.decode()
