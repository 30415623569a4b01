"""The main menu in a browser: sub-menus open by keyboard and by touch, never by hover alone."""

import pytest
from playwright.sync_api import expect

from core.testing.checks import new_phone_page

pytestmark = [pytest.mark.browser]


def test_sub_menu_opens_with_the_keyboard_and_escape_folds_it(page, demo_content):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/")
    notices = page.locator("#nav-list a", has_text="Người chưa có điều kiện thi hành")
    summary = page.locator("#nav-list summary", has_text="Thông tin thi hành án")
    summary.hover()
    assert not notices.is_visible()
    summary.focus()
    page.keyboard.press("Enter")
    assert notices.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Thông báo"
    page.keyboard.press("Escape")
    assert not notices.is_visible()
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Thông tin thi hành án"


def test_opening_one_sub_menu_folds_the_other(page, demo_content):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/")
    page.locator("#nav-list summary", has_text="Tin tức").click()
    assert page.locator("#nav-list a", has_text="Tin mới nhất").is_visible()
    page.locator("#nav-list summary", has_text="Thông tin thi hành án").click()
    # The other sub-menu folds on its "toggle" event, which fires a moment after the click.
    expect(page.locator("#nav-list a", has_text="Tin mới nhất")).to_be_hidden()
    labels = page.locator("#nav-list a, #nav-list summary").all_inner_texts()
    assert labels.count("Thông báo") == 1, labels
    page.get_by_role("link", name="Thông báo", exact=True).click()
    page.wait_for_url("**/thong-bao/")


def test_on_a_phone_the_menu_and_its_sub_menu_open_by_touch(chromium, live_server, demo_content):
    page = new_phone_page(chromium, live_server)
    page.goto("/")
    toggle = page.locator(".nav-toggle")
    assert toggle.inner_text().strip() == "Danh mục" and toggle.locator("svg").is_visible()
    toggle.tap()
    page.locator("#nav-list summary", has_text="Thông tin thi hành án").tap()
    page.locator("#nav-list a", has_text="Người chưa có điều kiện thi hành").tap()
    page.wait_for_url("**/thong-tin-thi-hanh-an/chua-co-dieu-kien/")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    page.context.close()
