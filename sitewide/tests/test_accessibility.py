"""Accessibility in a real browser: axe-core, the keyboard, and phone screens."""

import pytest

from core.testing.checks import axe_violations, log_in_context, new_phone_page, phone_problems
from sitewide.tests.pages import PUBLIC_PAGES, admin_pages

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("name", list(PUBLIC_PAGES))
def test_no_serious_axe_violation(page, demo_content, name):
    page.goto(PUBLIC_PAGES[name])
    assert axe_violations(page) == []


def test_admin_pages_of_writers_approvers_and_leaders_have_no_serious_axe_violation(page, live_server, demo_content):
    found = {}
    for name, (user, path) in admin_pages().items():
        page.context.clear_cookies()
        log_in_context(page.context, live_server, user)
        page.goto(path)
        assert page.locator("#content h1").count() == 1, name
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    assert found == {}, "\n".join(f"{name}: {v}" for name, vs in found.items() for v in vs)


def test_skip_link_comes_first_and_focus_is_visible(page, demo_content):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const e = document.activeElement; const s = getComputedStyle(e);"
        " return {text: e.textContent.trim(), href: e.getAttribute('href'), outline: s.outlineStyle,"
        " left: e.getBoundingClientRect().left}; }"
    )
    assert focused["text"] == "Bỏ qua, đến nội dung chính" and focused["href"] == "#main"
    assert focused["outline"] != "none" and focused["left"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


@pytest.mark.parametrize("name", ["day", "search", "contact"])
def test_every_control_is_reachable_by_keyboard_with_visible_focus(page, demo_content, name):
    page.goto(PUBLIC_PAGES[name])
    controls = page.evaluate(
        "() => [...document.querySelectorAll('a[href], button, input, select, textarea')]"
        # checkVisibility(): the links of a closed sub-menu (<details>) are rendered but skipped.
        ".filter(e => e.checkVisibility({visibilityProperty: true}) && e.tabIndex >= 0)"
        ".map((e, i) => { e.dataset.kb = i; return i; }).length"
    )
    reached, unmarked = set(), []
    for _ in range(controls + 5):
        page.keyboard.press("Tab")
        kb, outline = page.evaluate(
            "() => [document.activeElement.dataset.kb, getComputedStyle(document.activeElement).outlineStyle]"
        )
        reached.add(kb)
        if kb is not None and outline == "none":
            unmarked.append(kb)
    assert set(map(str, range(controls))) <= reached
    assert unmarked == []


@pytest.mark.parametrize("name", list(PUBLIC_PAGES))
def test_phone_layout_has_no_sideways_scroll_and_large_tap_targets(chromium, live_server, demo_content, name):
    page = new_phone_page(chromium, live_server)
    page.goto(PUBLIC_PAGES[name])
    assert phone_problems(page) == []
    page.context.close()


def test_phone_menu_collapses_and_opens(chromium, live_server, demo_content):
    page = new_phone_page(chromium, live_server)
    page.goto("/")
    menu_link = page.locator("#nav-list a", has_text="Hoạt động đoàn thể")
    assert not menu_link.is_visible()
    page.click(".nav-toggle")
    assert page.get_attribute(".nav-toggle", "aria-expanded") == "true"
    page.locator("#nav-list summary", has_text="Tin tức").tap()
    menu_link.tap()
    page.wait_for_url("**/chuyen-muc/hoat-dong-doan-the/")
    page.context.close()
