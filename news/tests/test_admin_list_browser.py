"""The approver's desk at 1366 px in a real browser (issue 12, item 8)."""

import re

import pytest

from news import workflow
from news.tests.browser import log_in
from news.tests.factories import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"
LONG_TITLE = "Đồng chí Bí thư Đảng ủy, Cục trưởng làm việc với BCH Chi đoàn Thanh niên Cục về nhiệm vụ năm 2023"


def test_an_approver_goes_from_the_home_count_to_a_readable_list(page, writer, approver):
    approver.set_password(PASSWORD)
    approver.save()
    for n in range(3):
        make_article(title=f"Tin đã đăng {n}")
    article = make_article(title=LONG_TITLE, status="draft", author=writer)
    workflow.submit_article(article=article, by=writer)
    page.set_viewport_size({"width": 1366, "height": 768})
    log_in(page, "lanhdao", PASSWORD)

    page.get_by_role("link", name="Có 1 tin bài đang chờ đồng chí xử lý").click()
    page.wait_for_url(re.compile(r"/admin/news/article/\?cho_toi=1$"))
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1
    # The same list is what the menu's "Tin bài" opens.
    page.locator("#nav-sidebar").get_by_role("link", name="Tin bài", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/news/article/$"))
    assert page.locator("#result_list tbody tr").count() == 1
    title = page.locator("#result_list th.field-title")
    box = title.bounding_box()
    assert box["width"] >= 250  # a title reads on one or two lines
    assert box["height"] <= 3 * 24
    assert page.locator("#result_list td.field-author_name").inner_text() == "Tuấn Linh"
    assert re.fullmatch(r"\d\d:\d\d \d\d/\d\d/\d{4}", page.locator("#result_list td.field-submitted_at").inner_text())
    # Nothing runs off the right edge at 1366 px.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1366
    page.get_by_role("link", name="Tất cả tin bài").click()
    assert page.locator("#result_list tbody tr").count() == 4
