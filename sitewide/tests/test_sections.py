"""The documents, schedule and procedures sections: in the menu, the HTML site map and on the home page."""

import datetime

import pytest
from django.utils import timezone

from documents.tests.factories import make_document
from schedule.tests.factories import make_entry

pytestmark = pytest.mark.django_db
SECTIONS = [("/van-ban/", "Văn bản"), ("/lich-cong-tac/", "Lịch công tác"),
            ("/thu-tuc-hanh-chinh/", "Thủ tục hành chính")]


def test_main_menu_and_html_site_map_list_the_three_sections(client):
    html = client.get("/").text
    nav = html[html.index('id="nav-list"'):html.index("</nav>")]
    site_map = client.get("/so-do-trang/").text
    for path, label in SECTIONS:
        assert f'<a href="{path}">{label}</a>' in nav
        assert f'<a href="{path}">{label}</a>' in site_map
        assert client.get(path).status_code == 200
    assert 'href="/van-ban/rss/"' in site_map and 'href="/lich-cong-tac/lich.ics"' in site_map


def test_home_shows_the_latest_documents_and_the_rest_of_this_week(client):
    make_document(number="9/TB-CTHADS", summary="Thông báo lịch tiếp công dân", issued_on=datetime.date(2024, 5, 2))
    make_document(number="10/TB-CTHADS", summary="Văn bản nháp", status="draft")
    today = timezone.localdate()
    soon = timezone.make_aware(datetime.datetime.combine(today, datetime.time(23, 0)))
    make_entry(starts_at=soon, content="Họp giao ban cuối ngày", place="Phòng họp Cục")
    make_entry(starts_at=soon - datetime.timedelta(days=today.weekday() + 1), content="Lịch tuần trước")
    html = client.get("/").text
    documents = html[html.index('id="home-documents-title"'):]
    assert "9/TB-CTHADS" in documents and "02/05/2024" in documents and "Văn bản nháp" not in documents
    schedule = html[html.index('id="home-schedule-title"'):html.index('id="home-documents-title"')]
    assert "Họp giao ban cuối ngày" in schedule and "Phòng họp Cục" in schedule and "23:00" in schedule
    assert "Lịch tuần trước" not in schedule
