"""The schedule in a real browser: week navigation and the print view, on a desktop and a phone."""

import datetime
import re

import pytest
from django.utils import timezone

from core.testing.checks import new_phone_page, phone_problems
from schedule.tests.factories import make_entry

pytestmark = [pytest.mark.browser]


def monday_of(day):
    return day - datetime.timedelta(days=day.weekday())


def iso(day):
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@pytest.fixture
def two_weeks(transactional_db):
    monday = monday_of(timezone.localdate())
    for offset, content in ((1, "Giao ban tuần này"), (8, "Làm việc tuần sau")):
        day = monday + datetime.timedelta(days=offset)
        make_entry(starts_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(14, 0))),
                   content=content, place="Phòng họp Cục")
    return monday


def walk_the_weeks(page, monday):
    page.goto("/lich-cong-tac/")
    assert page.locator("main h1").inner_text() == "Lịch công tác của Lãnh đạo cơ quan"
    assert monday.strftime("%d/%m/%Y") in page.locator(".week-range").inner_text()
    assert page.locator("table.schedule", has_text="Giao ban tuần này").is_visible()
    page.get_by_role("link", name="Tuần sau »").click()
    page.wait_for_url(re.compile(rf"\?tuan={iso(monday + datetime.timedelta(days=7))}$"))
    assert page.locator("table.schedule", has_text="Làm việc tuần sau").count() == 1
    assert page.locator("table.schedule", has_text="Giao ban tuần này").count() == 0
    page.get_by_role("link", name="« Tuần trước").click()
    page.wait_for_url(re.compile(rf"\?tuan={iso(monday)}$"))
    assert page.locator("table.schedule", has_text="Giao ban tuần này").count() == 1
    later = (monday + datetime.timedelta(days=9)).strftime("%d/%m/%Y")
    page.get_by_label("Xem tuần có ngày (ngày/tháng/năm)").fill(later)
    page.locator(".week-form").get_by_role("button", name="Xem").click()
    page.wait_for_url(re.compile(r"\?ngay="))
    assert page.locator("table.schedule", has_text="Làm việc tuần sau").count() == 1
    page.get_by_role("link", name="In lịch tuần").click()
    page.wait_for_url(re.compile(r"/lich-cong-tac/in/\?tuan="))
    assert page.locator("table.schedule", has_text="Làm việc tuần sau").count() == 1


def pdf_pages(page):
    page.emulate_media(media="print")
    pdf = page.pdf(prefer_css_page_size=True)
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf)), pdf


def test_desktop_week_navigation_and_print_view_on_one_a4_landscape_page(page, two_weeks):
    page.set_viewport_size({"width": 1280, "height": 900})
    walk_the_weeks(page, two_weeks)
    count, pdf = pdf_pages(page)
    assert count == 1
    # A4 landscape: 841.89 × 595.28 points.
    width, height = map(float, re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf).groups())
    assert round(width) == 842 and round(height) == 595


def test_phone_week_navigation_and_print_view(chromium, live_server, two_weeks):
    phone = new_phone_page(chromium, live_server)
    try:
        walk_the_weeks(phone, two_weeks)
        phone.goto("/lich-cong-tac/")
        assert phone_problems(phone) == []
        phone.goto(f"/lich-cong-tac/in/?tuan={iso(two_weeks)}")
        assert pdf_pages(phone)[0] == 1
    finally:
        phone.context.close()


def test_a_busy_week_still_prints_on_one_a4_landscape_page(page, two_weeks):
    busy = two_weeks + datetime.timedelta(days=14)
    for weekday in range(5):
        for hour in (7, 9, 14, 16):
            starts_at = timezone.make_aware(datetime.datetime.combine(
                busy + datetime.timedelta(days=weekday), datetime.time(hour, 30)))
            make_entry(starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=1, minutes=30),
                       content="Làm việc với Chi cục THADS huyện về kết quả thi hành án các vụ việc tín dụng",
                       participants="Lãnh đạo Cục, Trưởng phòng Nghiệp vụ", place="Chi cục THADS huyện")
    page.goto(f"/lich-cong-tac/in/?tuan={iso(busy)}")
    assert page.locator("table.schedule tbody tr").count() == 20 + 4
    assert pdf_pages(page)[0] == 1
