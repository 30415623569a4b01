"""The "Cơ sở pháp lý" page: what applies today by topic, what comes later, what was repealed and when."""

import datetime
import re
from unittest import mock

import pytest

from legal.tests.factories import make_basis

pytestmark = pytest.mark.django_db
URL = "/co-so-phap-ly/"


def page_on(client, day):
    with mock.patch("django.utils.timezone.localdate", return_value=day):
        response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def section(page, heading):
    """Return the part of the page under a topic's heading."""
    start = page.index(f">{heading}</h2>")
    end = page.find("<h2", start)
    return page[start:end if end != -1 else len(page)]


def test_lists_the_bases_in_force_today_grouped_by_topic(client, site_settings):
    page = page_on(client, datetime.date(2026, 3, 2))
    personal = section(page, "Bảo vệ dữ liệu cá nhân")
    in_force = personal.split("Hết hiệu lực")[0]
    assert "91/2025/QH15" in in_force and "356/2025/NĐ-CP" in in_force
    assert "<li>Nghị định số 13/2023/NĐ-CP" not in in_force
    assert re.search(r"13/2023/NĐ-CP.*hết hiệu lực: có hiệu lực đến hết ngày 31/12/2025", personal, re.S)
    register = section(page, "Công khai người phải thi hành án chưa có điều kiện thi hành")
    assert "Điều 44a" in register.split("Sắp có hiệu lực")[0]
    assert "106/2025/QH15" in register.split("Sắp có hiệu lực")[1]


def test_a_basis_added_in_the_admin_shows_on_its_first_day(client, site_settings):
    make_basis(title="Nghị định", number="999/2099/NĐ-CP", in_force_from=datetime.date(2099, 1, 1))
    assert "999/2099/NĐ-CP" in section(page_on(client, datetime.date(2099, 1, 1)), "Cung cấp thông tin trên cổng "
                                                                                    "thông tin điện tử")
    before = section(page_on(client, datetime.date(2098, 12, 31)), "Cung cấp thông tin trên cổng thông tin điện tử")
    assert "999/2099/NĐ-CP" in before.split("Sắp có hiệu lực")[1]


def test_the_footer_links_the_page_and_the_privacy_page(client, site_settings):
    page = client.get("/").content.decode()
    assert 'href="/co-so-phap-ly/"' in page and 'href="/bao-ve-du-lieu-ca-nhan/"' in page
