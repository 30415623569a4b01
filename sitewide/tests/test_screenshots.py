"""Desktop and phone screenshots of the main pages and the admin editor, for docs/screenshots/ (make screenshots)."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from core.testing.checks import PHONE, log_in_context
from news import roles
from sitewide.tests.pages import PUBLIC_PAGES
from youth.models import Unit
from youth.tests.factories import days, make_task, make_work_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.environ.get("SCREENSHOTS"), reason="set SCREENSHOTS=1 (make screenshots)"),
]
SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": PHONE}
PAGES = {  # name -> path; the screen's height is enough to show what each page is
    "home": "/",
    "day": PUBLIC_PAGES["day"],
    "article": PUBLIC_PAGES["article"],
    "search": PUBLIC_PAGES["search"],
    "contact": PUBLIC_PAGES["contact"],
    "schedule": "/lich-cong-tac/",
    "register": "/thong-tin-thi-hanh-an/chua-co-dieu-kien/?q=nguyen",
    "dashboard": "/cong-viec/",
    "editor": "/admin/news/article/add/",
}


@pytest.fixture
def staff_leader(demo_content):
    """A leader of the youth branch who also writes news, with one overdue task to show."""
    branch = Unit.objects.named("Chi đoàn Thanh niên Cục").get()
    make_task(lead_unit=branch, group="Nhóm 6", title="Nộp báo cáo quý cho Đoàn cấp trên", deadline=days(-3))
    user = make_work_user(leader=True, username="lanhdao-anh", unit=branch)
    user.is_staff = True
    user.first_name, user.last_name = "Tuấn", "Linh"
    user.save()
    user.groups.add(Group.objects.get(name=roles.WRITER))
    return user


def test_screenshots(chromium, live_server, staff_leader):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, viewport in VIEWPORTS.items():
        context = chromium.new_context(base_url=live_server.url, viewport=viewport, locale="vi-VN",
                                       timezone_id="Asia/Ho_Chi_Minh", is_mobile=label == "phone")
        context.set_default_timeout(15_000)
        log_in_context(context, live_server, staff_leader)
        page = context.new_page()
        for name, path in PAGES.items():
            page.goto(path)
            if name == "editor":
                page.wait_for_function("() => window.CKEDITOR?.instances.id_body?.status === 'ready'")
                page.fill("#id_title", "Chi đoàn ra quân tình nguyện")
                if label == "phone":
                    page.locator("#cke_id_body").scroll_into_view_if_needed()
            page.wait_for_load_state("networkidle")
            file = SCREENSHOTS / f"{name}-{label}.png"
            page.screenshot(path=str(file))
            assert file.stat().st_size < 300_000, file
        context.close()
