"""The seeded leader finds the work area from the admin and moves between it and the admin (issue 12, item 11)."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from youth.demo import LEADER_USERNAME

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"


def test_the_seeded_leader_reaches_the_dashboard_a_task_and_its_admin_page(page):
    call_command("seed_demo", stdout=StringIO())
    leader = get_user_model().objects.get(username=LEADER_USERNAME)
    leader.set_password(PASSWORD)
    leader.save()
    page.goto("/admin/login/")
    page.fill("#id_username", LEADER_USERNAME)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    page.locator("#user-tools").get_by_role("link", name="Khu vực công việc").click()
    page.wait_for_url(re.compile(r"/cong-viec/$"))
    assert page.locator("tr.task-row").count() == 5
    assert page.locator(".notice").count() == 0
    page.locator("tr.task-row a").first.click()
    page.wait_for_url(re.compile(r"/cong-viec/nhiem-vu/\d+/$"))
    task_url = page.url
    page.get_by_role("link", name="Sửa trong trang quản trị").click()
    page.wait_for_url(re.compile(r"/admin/youth/task/\d+/change/$"))
    page.get_by_role("link", name="Xem trên trang web").click()
    page.wait_for_url(task_url)
