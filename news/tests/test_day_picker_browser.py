"""The day picker on a phone: near the top, phone-typed dates, the native calendar (issue 12, item 2)."""

import pytest

pytestmark = [pytest.mark.browser]
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(page, demo_content):
    page.set_viewport_size(PHONE)
    page.goto("/")
    return page


def test_the_picker_is_on_the_first_screen_of_the_home_page(phone):
    box = phone.locator(".day-picker").bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    assert phone.locator(".day-picker input[name=ngay]").is_visible()
    assert phone.locator(".day-picker input[name=ngay]").get_attribute("placeholder") == "ngày/tháng/năm"


@pytest.mark.parametrize("typed", ["03042023", "3.4.2023", "3-4-2023", "03/04/2023", "2023-04-03"])
def test_what_a_phone_keyboard_types_opens_the_day(phone, typed):
    phone.get_by_label("Ngày (ngày/tháng/năm)").fill(typed)
    phone.locator(".day-picker").get_by_role("button", name="Xem").click()
    phone.wait_for_url("**/tin-tuc/2023/04/03/")
    assert "03/04/2023" in phone.locator("h1").inner_text()


def test_the_native_calendar_opens_the_chosen_day_at_once(phone):
    calendar = phone.get_by_label("hoặc chọn trên lịch")
    assert calendar.get_attribute("type") == "date"
    calendar.fill("2023-04-03")  # what choosing a day in the browser's calendar sets
    phone.wait_for_url("**/tin-tuc/2023/04/03/")
    assert "03/04/2023" in phone.locator("h1").inner_text()


def test_a_wrong_day_explains_itself_and_keeps_the_text(phone):
    phone.get_by_label("Ngày (ngày/tháng/năm)").fill("31/02/2023")
    phone.locator(".day-picker").get_by_role("button", name="Xem").click()
    phone.wait_for_url("**/tin-tuc/ngay/?**")
    alert = phone.get_by_role("alert").inner_text()
    assert alert == "“31/02/2023” không phải là một ngày. Xin nhập theo dạng ngày/tháng/năm, ví dụ 03/04/2023."
    assert phone.get_by_label("Ngày (ngày/tháng/năm)").input_value() == "31/02/2023"
