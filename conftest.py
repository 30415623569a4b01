"""Fixtures shared by every app's tests."""

import pytest


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    """Give each test its own media folder and an empty cache."""
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_settings(db):
    from cms.models import SiteSettings

    row = SiteSettings(
        agency_name="Cục Thi hành án dân sự tỉnh Thanh Hóa", parent_agency="Bộ Tư pháp",
        address="Số 1 Đường Mẫu, TP. Thanh Hóa", phone="0237 000 0000",
        email="cuc@example.vn", responsible_person="Nguyễn Văn A, Chánh Văn phòng",
    )
    row.save()
    return row


@pytest.fixture
def editor(db, django_user_model):
    """A staff user who may write and publish articles."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("bientap", password="mat-khau-dai-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="news"))
    return user


# --- Real browser (Playwright driving Debian's chromium) ---------------------
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="session")
def chromium():
    """Return a headless Chromium, or skip loudly where it cannot run here."""
    import os
    import sys

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.stderr.write("\n*** SKIPPING BROWSER TESTS: playwright is not installed ***\n")
        pytest.skip("playwright is not installed")
    if not os.path.exists(CHROMIUM):
        sys.stderr.write(f"\n*** SKIPPING BROWSER TESTS: {CHROMIUM} is missing (apt-get install chromium) ***\n")
        pytest.skip("chromium is not installed")
    # Playwright's sync API keeps an event loop in this thread; the ORM calls the
    # tests make around it are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    """Return a fresh browser tab whose relative URLs go to the live test server."""
    context = chromium.new_context(base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()
