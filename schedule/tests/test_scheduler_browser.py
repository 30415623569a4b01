"""The schedule keeper's path in a real browser: log in as the demo role, add an entry, see it on the public week."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from news.tests.browser import log_in
from sitewide.roles import seed_section_roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"


def test_schedule_keeper_publishes_an_entry_on_this_week(page, site_settings):
    seed_section_roles(stdout=io.StringIO())
    user = get_user_model().objects.get(username="lichcongtac")
    user.set_password(PASSWORD)
    user.save()
    today = timezone.localdate().strftime("%d/%m/%Y")

    log_in(page, "lichcongtac", PASSWORD)
    page.get_by_role("link", name=re.compile("Lịch công tác")).first.click()
    page.goto("/admin/schedule/entry/add/")
    page.fill("#id_starts_at_0", today)
    page.fill("#id_starts_at_1", "08:00")
    page.fill("#id_content", "Họp giao ban công tác tuần")
    page.fill("#id_place", "Phòng họp tầng 2")
    page.check("#id_is_published")
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r"/admin/schedule/entry/$"))
    assert "Họp giao ban công tác tuần" in page.locator("#result_list").inner_text()

    page.goto("/lich-cong-tac/")
    week = page.locator("main").inner_text()
    assert "Họp giao ban công tác tuần" in week and "Phòng họp tầng 2" in week
