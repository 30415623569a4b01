"""Notices and the register name the enforcement office as it was called on their date.

A Chi cục became a Phòng Thi hành án dân sự khu vực on 1/7/2025: a notice of 2023 names the Chi
cục, one of 2026 the Phòng; a register entry published in 2023 the Chi cục.
"""

import datetime

import feedparser
import pytest
from django.urls import reverse

from notices.tests.factories import make_debtor, make_notice, make_office
from organisation.services import rename_unit

pytestmark = pytest.mark.django_db

BEFORE, AFTER = "Chi cục Thi hành án dân sự huyện Mẫu", "Phòng Thi hành án dân sự khu vực 1"


@pytest.fixture(autouse=True)
def _nothing_cached(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def office(site_settings):
    office = make_office(name=BEFORE, short_name="Chi cục THADS huyện Mẫu")
    rename_unit(unit=office, on=datetime.date(2025, 7, 1), name=AFTER, short_name="Phòng THADS khu vực 1")
    office.refresh_from_db()
    return office


@pytest.fixture
def notices(office):
    return {2023: make_notice(office=office, title="Thông báo năm 2023", notice_date=datetime.date(2023, 3, 1)),
            2026: make_notice(office=office, title="Thông báo năm 2026", notice_date=datetime.date(2026, 3, 1))}


def test_a_notice_page_names_the_office_of_its_date(client, notices):
    old = client.get(notices[2023].get_absolute_url()).content.decode()
    assert f"<td>{BEFORE}</td>" in old and f'<meta name="DC.creator" content="{BEFORE}">' in old
    assert AFTER not in old.split("<main", 1)[-1].split("</main>", 1)[0]
    new = client.get(notices[2026].get_absolute_url()).content.decode()
    assert f"<td>{AFTER}</td>" in new


def test_the_list_and_the_feed_name_the_office_of_each_notice(client, notices):
    html = client.get(reverse("notices:list")).content.decode()
    assert "Chi cục THADS huyện Mẫu · 01/03/2023" in html and "Phòng THADS khu vực 1 · 01/03/2026" in html
    feed = feedparser.parse(client.get(reverse("notices:feed")).content)
    offices = {entry.title: [tag.term for tag in entry.tags][-1] for entry in feed.entries}
    assert offices == {"Thông báo năm 2023": BEFORE, "Thông báo năm 2026": AFTER}


def test_the_register_names_the_office_of_the_entrys_publication(client, office):
    make_debtor(name="Lê Văn Cũ", office=office, published_on=datetime.date(2023, 1, 11))
    make_debtor(name="Lê Văn Mới", office=office, published_on=datetime.date(2026, 1, 12))
    html = client.get(reverse("notices:register"), {"q": "le van"}).content.decode()
    assert "<td>Chi cục THADS huyện Mẫu</td>" in html and "<td>Phòng THADS khu vực 1</td>" in html
