"""A reader in a real browser: day picker, day page, article, print view, search without diacritics."""

import re

import pytest

from sitewide.tests.pages import SEED_ARTICLE

pytestmark = [pytest.mark.browser]
TITLE = "Đồng chí Bí thư Đảng ủy, Cục trưởng làm việc với BCH Chi đoàn Thanh niên Cục"


def test_reader_finds_the_article_by_day_prints_it_and_searches_without_diacritics(page, demo_content):
    page.goto("/")
    picker = page.locator(".day-picker")
    assert picker.locator("h2").inner_text() == "Các tin đã đưa ngày:"
    picker.get_by_label("Ngày (ngày/tháng/năm)").fill("03/04/2023")
    picker.get_by_role("button", name="Xem").click()
    page.wait_for_url("**/tin-tuc/2023/04/03/")
    assert "03/04/2023" in page.locator("h1").inner_text()

    page.locator("main a", has_text=TITLE).first.click()
    page.wait_for_url(f"**{SEED_ARTICLE}")
    assert page.locator("main h1").inner_text() == TITLE

    page.locator(".article-tools").get_by_role("link", name="In bài").click()
    page.wait_for_url(f"**{SEED_ARTICLE}in/")
    assert page.locator("main h1").inner_text() == TITLE
    assert page.locator(".print-body").inner_text().strip() != ""
    # The print page offers a print button once its script runs.
    assert page.get_by_role("button", name="In trang này").is_visible()

    page.goto("/")
    page.get_by_label("Tìm kiếm tin bài").fill("bi thu dang uy")
    page.locator(".nav-search").get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_url(re.compile(r"/tim-kiem/\?q=bi\+thu\+dang\+uy"))
    results = page.locator(".search-result h3 a")
    assert TITLE in results.all_inner_texts()
    # The words are highlighted in their Vietnamese spelling although typed without diacritics.
    assert {"Bí", "thư", "Đảng", "ủy"} <= set(page.locator(".search-result mark").all_inner_texts())
    results.filter(has_text=TITLE).first.click()
    page.wait_for_url(f"**{SEED_ARTICLE}")
