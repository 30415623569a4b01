"""/sitemap.xml, /robots.txt and the HTML site map /so-do-trang/."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from cms.models import Page
from news.models import Article
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_xml_sitemap_lists_articles_with_lastmod_categories_and_pages(client):
    category = make_category(name="Hoạt động của Cục")
    article = make_article(title="Hội nghị", category=category, published_at=local_datetime(2023, 3, 31))
    draft = make_article(title="Bản nháp", status=Article.Status.DRAFT)
    intro = Page.objects.create(title="Giới thiệu", slug="gioi-thieu")
    child = Page.objects.create(title="Lãnh đạo Cục", parent=intro)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}
    base = "http://testserver"
    assert base + article.get_absolute_url() in entries
    assert entries[base + article.get_absolute_url()].find("s:lastmod", NS) is not None
    assert base + draft.get_absolute_url() not in entries
    assert base + category.get_absolute_url() in entries
    assert {base + "/gioi-thieu/", base + "/gioi-thieu/lanh-dao-cuc/", base + "/", base + "/lien-he/"} <= set(entries)
    assert child.get_absolute_url() == "/gioi-thieu/lanh-dao-cuc/"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


def test_html_site_map_links_every_section(client):
    category = make_category(name="Thông báo")
    intro = Page.objects.create(title="Giới thiệu", slug="gioi-thieu")
    Page.objects.create(title="Cơ cấu tổ chức", parent=intro)
    html = client.get(reverse("news:site_map")).content.decode()
    assert "<h1>Sơ đồ cổng thông tin</h1>" in html
    for href in [category.get_absolute_url(), "/gioi-thieu/", "/gioi-thieu/co-cau-to-chuc/", "/tin-tuc/", "/lien-he/",
                 "/tim-kiem/", "/rss/", "/sitemap.xml"]:
        assert f'href="{href}"' in html
    assert 'href="/so-do-trang/"' in client.get("/").content.decode()
