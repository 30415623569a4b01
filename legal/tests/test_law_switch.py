"""The pages cite the law in force on the day shown: the register at 1/7/2026, personal data at 1/1/2026."""

import datetime
from unittest import mock

import pytest

pytestmark = pytest.mark.django_db
D = datetime.date


def page_on(client, url, day):
    # The views read today from django.utils.timezone; nothing else in the request depends on it.
    with mock.patch("django.utils.timezone.localdate", return_value=day):
        return client.get(url).content.decode()


def test_the_register_cites_article_44a_and_the_circular_until_30_june_2026(client, site_settings):
    page = page_on(client, "/thong-tin-thi-hanh-an/chua-co-dieu-kien/", D(2026, 6, 30))
    assert "Điều 44a Luật Thi hành án dân sự số 26/2008/QH12" in page and "04/2023/TT-BTP" in page
    assert "106/2025/QH15" not in page
    assert "trong thời hạn 3 ngày làm việc" in page


def test_the_register_cites_the_2025_law_from_1_july_2026(client, site_settings):
    page = page_on(client, "/thong-tin-thi-hanh-an/chua-co-dieu-kien/", D(2026, 7, 1))
    assert "Luật Thi hành án dân sự số 106/2025/QH15" in page
    assert "44a" not in page and "04/2023/TT-BTP" not in page and "26/2008/QH12" not in page


@pytest.mark.parametrize("url", ["/hoi-dap/gui-cau-hoi/", "/bao-ve-du-lieu-ca-nhan/",
                                 "/thong-tin-thi-hanh-an/chua-co-dieu-kien/"])
def test_personal_data_notices_cite_decree_13_until_31_december_2025(client, site_settings, url):
    page = page_on(client, url, D(2025, 12, 31))
    assert "Nghị định số 13/2023/NĐ-CP" in page
    assert "91/2025/QH15" not in page and "356/2025/NĐ-CP" not in page


@pytest.mark.parametrize("url", ["/hoi-dap/gui-cau-hoi/", "/bao-ve-du-lieu-ca-nhan/",
                                 "/thong-tin-thi-hanh-an/chua-co-dieu-kien/"])
def test_personal_data_notices_cite_the_2025_law_and_decree_from_1_january_2026(client, site_settings, url):
    page = page_on(client, url, D(2026, 1, 1))
    assert "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15" in page and "Nghị định số 356/2025/NĐ-CP" in page
    assert "13/2023/NĐ-CP" not in page


def test_the_privacy_page_gives_the_deadline_of_the_rule_in_force(client, site_settings):
    assert "trong thời hạn 3 ngày kể từ" in page_on(client, "/bao-ve-du-lieu-ca-nhan/", D(2025, 12, 31))
    assert "trong thời hạn 2 ngày làm việc" in page_on(client, "/bao-ve-du-lieu-ca-nhan/", D(2026, 1, 1))
