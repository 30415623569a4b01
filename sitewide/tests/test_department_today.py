"""Where the portal speaks now it uses today's name from the directory; the introduction tells the history."""

import datetime

import pytest
from bs4 import BeautifulSoup

from cms.models import Page
from news.tests.factories import make_article
from organisation.models import Appointment, Capacity, Unit, UnitEvent
from organisation.services import change_title, record_succession
from organisation.tests.factories import make_person, make_renamed_agency, make_unit

pytestmark = pytest.mark.django_db

TODAY = "Thi hành án dân sự tỉnh Thanh Hóa"
FORMER = "Cục Thi hành án dân sự tỉnh Thanh Hóa"


@pytest.fixture
def agency(site_settings):
    # The settings row still says "Cục …" (typed before 2025): the directory's name of today wins.
    assert site_settings.agency_name == FORMER
    return make_renamed_agency()


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_header_title_and_footer_use_todays_name(client, agency):
    page = soup(client, "/")
    assert page.select_one(".brand-name").get_text(strip=True) == TODAY
    assert page.select_one(".footer-name").get_text(strip=True) == TODAY
    assert page.title.get_text(strip=True).endswith(TODAY)
    assert FORMER not in page.select_one("header").get_text()


def test_the_feed_title_uses_todays_name(client, agency):
    make_article(title="Tin mới")
    channel = BeautifulSoup(client.get("/rss/").content, "xml").find("channel")
    assert channel.find("title", recursive=False).get_text().endswith(TODAY)
    assert FORMER not in channel.find("title", recursive=False).get_text()


def test_the_english_pages_use_todays_english_name(client, agency):
    page = soup(client, "/en/")
    assert page.select_one(".brand-name").get_text(strip=True) == "Civil Judgment Enforcement of Thanh Hoa Province"


def test_without_an_agency_in_the_directory_the_settings_name_is_shown(client, site_settings):
    assert soup(client, "/").select_one(".brand-name").get_text(strip=True) == FORMER


@pytest.fixture
def organisation_page(db):
    intro = Page.objects.create(title="Giới thiệu", slug="gioi-thieu")
    return Page.objects.create(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", parent=intro,
                               kind=Page.Kind.ORGANISATION)


def test_the_introduction_tells_the_former_name_and_the_replaced_chi_cuc(client, agency, organisation_page):
    chi_cuc = make_unit(name="Chi cục THADS thành phố Thanh Hóa", kind=Unit.Kind.SUB_DEPARTMENT, parent=agency)
    regional = make_unit(name="Phòng Thi hành án dân sự khu vực 1", kind=Unit.Kind.SUB_DEPARTMENT, parent=agency)
    record_succession(source=chi_cuc, target=regional, kind=UnitEvent.Kind.REPLACED, on=datetime.date(2025, 7, 1))
    page = soup(client, "/gioi-thieu/co-cau-to-chuc/")
    history = " ".join(page.select_one(".history").get_text(" ", strip=True).split())
    assert f"Tiền thân: {FORMER} , đến ngày 30/06/2025" in history.replace(f"{FORMER},", f"{FORMER} ,")
    assert "sau đổi tên thành Thi hành án dân sự tỉnh Thanh Hóa, Quyết định số 1898/QĐ-BTP" in history
    assert ("Chi cục THADS thành phố Thanh Hóa — được thay thế bởi Phòng Thi hành án dân sự khu vực 1, "
            "từ ngày 01/07/2025") in history
    chart = [name.get_text(strip=True) for name in page.select(".org-chart .unit-name")]
    assert chart == [TODAY, "Phòng Thi hành án dân sự khu vực 1"]


def test_leaders_show_todays_titles_and_every_term(client, agency):
    intro = Page.objects.create(title="Giới thiệu", slug="gioi-thieu")
    Page.objects.create(title="Lãnh đạo", slug="lanh-dao", parent=intro, kind=Page.Kind.LEADERS)
    director = make_person(full_name="Hoàng Văn Truyền", unit=agency, leader_order=1)
    Appointment.objects.create(person=director, capacity=Capacity.PARTY, title="Bí thư Đảng ủy", order=0)
    Appointment.objects.create(person=director, capacity=Capacity.STATE, title="Cục trưởng", order=1)
    change_title(person=director, capacity=Capacity.STATE, on=datetime.date(2025, 7, 1),
                 title="Trưởng Thi hành án dân sự tỉnh")
    page = soup(client, "/gioi-thieu/lanh-dao/")
    assert page.select_one(".leader-position").get_text(strip=True) == "Bí thư Đảng ủy, Trưởng Thi hành án dân sự tỉnh"
    terms = [" ".join(item.get_text(" ", strip=True).split()) for item in page.select(".leader-terms li")]
    assert terms == ["Bí thư Đảng ủy (đảng)", "Cục trưởng (chính quyền): đến ngày 30/06/2025",
                     "Trưởng Thi hành án dân sự tỉnh (chính quyền): từ ngày 01/07/2025"]
