"""English pages under /en/: versions of the key pages, the language switch, hreflang, English menu and footer."""

import re

import pytest

from cms.models import Page
from core.testing.sitemap_reader import sitemap_text
from organisation.models import Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site_settings):
    site_settings.agency_name_en = "Thanh Hoa Provincial Department of Civil Judgment Enforcement"
    site_settings.address_en = "No. 1 Example Street, Thanh Hoa City"
    site_settings.save()
    intro = Page.objects.create(title="Giới thiệu", slug="gioi-thieu", body="<p>Giới thiệu chung.</p>",
                                title_en="Introduction", body_en="<p>About the department.</p>")
    functions = Page.objects.create(title="Chức năng, nhiệm vụ", slug="chuc-nang-nhiem-vu", parent=intro,
                                    title_en="Functions and duties", body_en="<p>What we do.</p>")
    leaders = Page.objects.create(title="Lãnh đạo Cục", slug="lanh-dao", parent=intro, kind=Page.Kind.LEADERS,
                                  title_en="Leaders")
    vietnamese_only = Page.objects.create(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", parent=intro)
    contact = Page.objects.create(title="Liên hệ", slug="lien-he", in_menu=False, body="<p>Liên hệ với Cục.</p>",
                                  title_en="Contact us", body_en="<p>How to reach us.</p>")
    Person.objects.create(full_name="Lê Văn Mẫu", position="Cục trưởng", position_en="Director",
                          duties_en="General management.", leader_order=1)
    return {"intro": intro, "functions": functions, "leaders": leaders, "vi_only": vietnamese_only,
            "contact": contact}


def hreflangs(page):
    return dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)">', page))


def test_the_english_slug_is_made_from_the_english_title(pages):
    assert pages["intro"].slug_en == "introduction"
    assert pages["functions"].get_english_url() == "/en/introduction/functions-and-duties/"
    assert pages["vi_only"].get_english_url() is None
    assert pages["contact"].get_english_url() == "/en/contact/"


def test_the_english_page_is_in_english_with_english_menu_and_footer(client, pages):
    response = client.get("/en/introduction/functions-and-duties/")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in page and response["Content-Language"] == "en"
    assert "Functions and duties" in page and "What we do." in page
    assert 'aria-label="Main menu"' in page and ">Contact</a>" in page
    assert "Thanh Hoa Provincial Department of Civil Judgment Enforcement" in page
    assert "No. 1 Example Street" in page
    # No Vietnamese chrome: menu, news categories, side column of news.
    assert "Trang chủ" not in page and "Tin tức" not in page and "Đọc nhiều" not in page
    assert "Cơ cấu tổ chức" not in page  # the sub-page without an English version is not listed


def test_the_leaders_page_in_english(client, pages):
    page = client.get("/en/introduction/leaders/").content.decode()
    assert "Lê Văn Mẫu" in page and "Director" in page and "General management." in page


def test_the_english_home_and_contact(client, pages):
    home = client.get("/en/").content.decode()
    assert "Introduction" in home and "/en/introduction/" in home
    contact = client.get("/en/contact/").content.decode()
    assert "Contact us" in contact and "How to reach us." in contact and "0237 000 0000" in contact


def test_the_switch_leads_to_the_same_page_in_the_other_language(client, pages):
    vi = client.get("/gioi-thieu/chuc-nang-nhiem-vu/").content.decode()
    assert re.search(r'<a class="lang-switch" href="/en/introduction/functions-and-duties/"[^>]*>English</a>', vi)
    en = client.get("/en/introduction/functions-and-duties/").content.decode()
    assert re.search(r'<a class="lang-switch" href="/gioi-thieu/chuc-nang-nhiem-vu/"[^>]*>Tiếng Việt</a>', en)
    assert re.search(r'<a class="lang-switch" href="/lien-he/"', client.get("/en/contact/").content.decode())


def test_a_page_without_english_switches_to_the_english_home(client, pages):
    page = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    assert re.search(r'<a class="lang-switch" href="/en/"[^>]*>English</a>', page)
    assert hreflangs(page) == {}


def test_every_page_has_the_switch(client, pages):
    for url in ["/", "/tin-tuc/", "/hoi-dap/", "/hoi-dap/gui-cau-hoi/", "/lien-he/"]:
        assert 'class="lang-switch"' in client.get(url).content.decode(), url


def test_hreflang_alternates_name_both_versions(client, pages):
    expected = {"vi": "http://testserver/gioi-thieu/", "en": "http://testserver/en/introduction/"}
    assert hreflangs(client.get("/gioi-thieu/").content.decode()) == expected
    assert hreflangs(client.get("/en/introduction/").content.decode()) == expected
    assert hreflangs(client.get("/").content.decode()) == {"vi": "http://testserver/", "en": "http://testserver/en/"}


def test_the_sitemap_lists_english_pages_with_their_alternates(client, pages):
    xml = sitemap_text(client)
    assert "<loc>http://testserver/en/introduction/functions-and-duties/</loc>" in xml
    assert ('<xhtml:link rel="alternate" hreflang="en" '
            'href="http://testserver/en/introduction/functions-and-duties/"/>') in xml
    assert '<xhtml:link rel="alternate" hreflang="vi" href="http://testserver/gioi-thieu/chuc-nang-nhiem-vu/"/>' in xml
    assert "<loc>http://testserver/en/contact/</loc>" in xml
    assert "/en/introduction/co-cau" not in xml


def test_pages_without_english_are_404_in_english(client, pages):
    assert client.get("/en/co-cau-to-chuc/").status_code == 404
    assert client.get("/en/introduction/co-cau-to-chuc/").status_code == 404
    assert client.get("/en/lien-he/").status_code == 404


def test_news_stays_vietnamese(client, pages):
    page = client.get("/tin-tuc/").content.decode()
    assert '<html lang="vi">' in page and "Tin tức" in page


def test_the_english_cache_and_the_vietnamese_cache_do_not_mix(client, pages):
    client.get("/en/introduction/")
    assert 'lang="vi"' in client.get("/gioi-thieu/").content.decode().split(">")[1]


def test_english_fields_are_sanitised(pages):
    pages["intro"].body_en = '<p onclick="x()">Hi<script>alert(1)</script></p>'
    pages["intro"].save()
    pages["intro"].refresh_from_db()
    assert "script" not in pages["intro"].body_en and "onclick" not in pages["intro"].body_en


def test_the_admin_edits_both_languages_side_by_side(admin_client, pages):
    page = admin_client.get(f"/admin/cms/page/{pages['intro'].pk}/change/").content.decode()
    assert "lang-vi" in page and "lang-en" in page and 'name="title_en"' in page and 'name="body_en"' in page
