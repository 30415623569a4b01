"""/sitemap.xml, /robots.txt and the HTML site map /so-do-trang/."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from cms.models import Page
from news.models import Article
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    """Return {loc: <url> element} of every section the index /sitemap.xml lists, and the index itself."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    root = ET.fromstring(index.content)
    entries, locations = {}, []
    for section in root.findall("s:sitemap", NS):
        response = client.get(section.find("s:loc", NS).text.removeprefix("http://testserver"))
        assert response.status_code == 200
        for url in ET.fromstring(response.content).findall("s:url", NS):
            locations.append(url.find("s:loc", NS).text)
            entries[locations[-1]] = url
    return root, entries, locations


def test_xml_sitemap_lists_articles_with_lastmod_categories_and_pages(client):
    category = make_category(name="Hoạt động của Cục")
    article = make_article(title="Hội nghị", category=category, published_at=local_datetime(2023, 3, 31))
    draft = make_article(title="Bản nháp", status=Article.Status.DRAFT)
    intro = Page.objects.create(title="Giới thiệu", slug="gioi-thieu")
    child = Page.objects.create(title="Lãnh đạo Cục", parent=intro)

    _index, entries, _locations = sitemap_entries(client)
    base = "http://testserver"
    assert base + article.get_absolute_url() in entries
    assert entries[base + article.get_absolute_url()].find("s:lastmod", NS) is not None
    assert base + draft.get_absolute_url() not in entries
    assert base + category.get_absolute_url() in entries
    assert {base + "/gioi-thieu/", base + "/gioi-thieu/lanh-dao-cuc/", base + "/", base + "/lien-he/"} <= set(entries)
    assert child.get_absolute_url() == "/gioi-thieu/lanh-dao-cuc/"


def test_sitemap_index_lists_every_article_exactly_once_in_sections(client, settings):
    settings.SITEMAP_SECTION_SIZE = 50
    category = make_category(name="Tin tức")
    published = [make_article(title=f"Tin {n}", category=category, published_at=local_datetime(2020, 1, 1 + n % 28))
                 for n in range(120)]
    make_article(title="Bản nháp", category=category, status=Article.Status.DRAFT)
    make_article(title="Tin hẹn giờ", category=category, published_at=local_datetime(2999, 1, 1))
    index, _entries, locations = sitemap_entries(client)
    sections = [s.find("s:loc", NS).text for s in index.findall("s:sitemap", NS)]
    article_sections = [loc for loc in sections if "sitemap-articles.xml" in loc]
    assert article_sections == ["http://testserver/sitemap-articles.xml",
                                "http://testserver/sitemap-articles.xml?p=2",
                                "http://testserver/sitemap-articles.xml?p=3"]
    # The articles' sections carry the newest change, for robots to skip what they know.
    latest = max(a.updated_at for a in published)
    for section in index.findall("s:sitemap", NS):
        if "articles" in section.find("s:loc", NS).text:
            assert datetime.datetime.fromisoformat(section.find("s:lastmod", NS).text) == latest
    article_urls = [loc for loc in locations if "/tin-tuc/" in loc and loc.count("/") > 6]
    assert sorted(article_urls) == sorted(f"http://testserver{a.get_absolute_url()}" for a in published)
    assert client.get("/sitemap-articles.xml?p=4").status_code == 404


def test_sitemap_sections_are_cached_like_pages(client, settings, django_assert_num_queries):
    settings.SITEMAP_SECTION_SIZE = 50
    make_article(title="Tin một")
    for url in ("/sitemap.xml", "/sitemap-articles.xml"):
        assert client.get(url).headers["X-Page-Cache"] == "miss"
        with django_assert_num_queries(0):
            assert client.get(url).headers["X-Page-Cache"] == "hit"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    # It is the index of the sections.
    assert b"<sitemapindex" in client.get("/sitemap.xml").content
    assert "Disallow: /admin/" in lines


def test_html_site_map_links_every_section(client):
    category = make_category(name="Thông báo")
    intro = Page.objects.create(title="Giới thiệu", slug="gioi-thieu")
    Page.objects.create(title="Cơ cấu tổ chức", parent=intro)
    html = client.get(reverse("site_map")).content.decode()
    assert "<h1>Sơ đồ cổng thông tin</h1>" in html
    for href in [category.get_absolute_url(), "/gioi-thieu/", "/gioi-thieu/co-cau-to-chuc/", "/tin-tuc/", "/lien-he/",
                 "/tim-kiem/", "/rss/", "/sitemap.xml"]:
        assert f'href="{href}"' in html
    assert 'href="/so-do-trang/"' in client.get("/").content.decode()


def test_the_written_section_lists_what_djangos_sitemap_view_would(rf, settings):
    from django.contrib.sitemaps.views import sitemap

    from news.sitemaps import ArticleSitemap, article_section

    settings.SITEMAP_SECTION_SIZE = 50
    category = make_category(name="Tin tức")
    for n in range(60):
        make_article(title=f"Tin {n}", category=category, published_at=local_datetime(2021, 2, 1 + n % 28, 6, 30))
    # Changed early in the morning: in UTC it is still the day before.
    Article.objects.filter(title__endswith="5").update(updated_at=local_datetime(2021, 3, 2, 6, 0))
    for page in ("1", "2"):
        ours = ET.fromstring(article_section(rf.get("/sitemap-articles.xml", {"p": page})).content)
        django = sitemap(rf.get("/sitemap-articles.xml", {"p": page}), {"articles": ArticleSitemap}, "articles")
        theirs = ET.fromstring(django.render().content)

        def entries(root):
            return [(u.find("s:loc", NS).text, u.find("s:lastmod", NS).text[:10]) for u in root.findall("s:url", NS)]

        assert entries(ours) == entries(theirs)
        assert len(entries(ours)) == (50 if page == "1" else 10)
