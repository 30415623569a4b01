"""The work area as a leader sees it, in a real browser: axe-core, valid HTML, phone layout."""

import pytest
from django.test import Client

from core.testing.checks import PHONE, axe_violations, html_errors, log_in_context, phone_problems
from youth.models import Meeting, Task
from youth.tests.factories import days, make_task, make_work_user

pytestmark = [pytest.mark.browser]

# name -> path (a callable of the seeded meeting and task for the pages of one row).
WORK_PAGES = {
    "dashboard": lambda meeting, task: "/cong-viec/",
    "my-tasks": lambda meeting, task: "/cong-viec/viec-cua-toi/",
    "meetings": lambda meeting, task: "/cong-viec/cuoc-hop/",
    "meeting": lambda meeting, task: f"/cong-viec/cuoc-hop/{meeting.pk}/",
    "task": lambda meeting, task: f"/cong-viec/nhiem-vu/{task.pk}/",
    "assign-task": lambda meeting, task: "/cong-viec/nhiem-vu/giao/",
    "edit-task": lambda meeting, task: f"/cong-viec/nhiem-vu/{task.pk}/sua/",
    "party-report": lambda meeting, task: "/cong-viec/bao-cao-dang-uy/",
    "calendar": lambda meeting, task: "/cong-viec/lich/",
}


@pytest.fixture
def leader_session(demo_content):
    """Log a leader in (seed_demo's units, meeting and tasks, plus an overdue task); return a test client."""
    from youth.models import Unit

    branch = Unit.objects.named("Chi đoàn Thanh niên Cục").get()
    make_task(lead_unit=branch, group="Nhóm 6", title="Nộp báo cáo quý cho Đoàn Khối", deadline=days(-3),
              meeting=Meeting.objects.first())
    client = Client()
    client.session_user = make_work_user(leader=True, username="lanhdao-cv", unit=branch)
    client.force_login(client.session_user)
    return client


def paths():
    meeting = Meeting.objects.order_by("pk").first()
    return {name: build(meeting, Task.objects.filter(meeting=meeting).order_by("pk").first())
            for name, build in WORK_PAGES.items()}


def browser_tab(chromium, live_server, client, **options):
    context = chromium.new_context(base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh",
                                   bypass_csp=True, **options)
    context.set_default_timeout(15_000)
    log_in_context(context, live_server, client.session_user)
    return context.new_page()


@pytest.mark.parametrize("name", list(WORK_PAGES))
def test_work_area_page_has_no_serious_axe_violation(chromium, live_server, leader_session, name):
    page = browser_tab(chromium, live_server, leader_session)
    page.goto(paths()[name])
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    page.context.close()


@pytest.mark.parametrize("name", list(WORK_PAGES))
def test_work_area_page_fits_a_phone(chromium, live_server, leader_session, name):
    page = browser_tab(chromium, live_server, leader_session, viewport=PHONE, is_mobile=True, has_touch=True)
    page.goto(paths()[name])
    assert phone_problems(page) == []
    page.context.close()


def test_work_area_pages_have_no_html_errors(leader_session, tmp_path):
    files = []
    for name, path in paths().items():
        response = leader_session.get(path)
        assert response.status_code == 200, path
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(file)
    assert html_errors(files) == []
