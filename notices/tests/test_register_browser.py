"""A citizen looks a name up in the register on a phone, typing without diacritics."""

import pytest

from core.testing.checks import axe_violations, new_phone_page, phone_problems

pytestmark = [pytest.mark.browser]


def test_register_search_on_a_phone(chromium, live_server, demo_content):
    page = new_phone_page(chromium, live_server)
    page.goto("/")
    page.get_by_role("button", name="Danh mục").click()
    page.locator("#nav-list summary", has_text="Thông tin thi hành án").click()
    page.get_by_role("link", name="Người chưa có điều kiện thi hành").click()
    page.wait_for_url("**/thong-tin-thi-hanh-an/chua-co-dieu-kien/")
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex, nofollow, noarchive"
    assert page.locator(".register-table").count() == 0  # nobody is listed before a search

    page.get_by_label("Tên cá nhân, tổ chức").fill("nguyen van a")
    page.get_by_role("button", name="Tìm kiếm", exact=True).last.click()
    page.wait_for_url("**/chua-co-dieu-kien/?q=nguyen+van+a*")
    assert page.get_by_role("status").inner_text() == "Tìm thấy 1 kết quả."  # a company is not "người"
    row = page.locator(".register-table tbody tr")
    assert row.count() == 1 and "Nguyễn Văn A (tên mẫu)" in row.inner_text()
    assert phone_problems(page) == []
    assert axe_violations(page) == []
    page.context.close()
