"""Fixtures shared by every app's tests."""

import pytest

from core.testing import skip_loudly  # noqa: F401 (imported by the browser fixtures below)


@pytest.hookimpl(trylast=True)  # after pytest-django has put transactional tests last
def pytest_collection_modifyitems(items):
    """Make every transactional test start with what migrations created (roles, groups).

    A transactional test empties every table when it ends; without a serialized
    rollback, the next one would find no editorial roles or leaders' group. A test that
    says serialized_rollback=False itself (the backup round trips) keeps its own choice
    and runs at the very end: the flush after it re-creates content types with new ids,
    over which no snapshot could be restored.
    """
    opted_out = []
    for item in items:
        marker = item.get_closest_marker("django_db")
        chosen = marker.kwargs if marker else {}
        transactional = chosen.get("transaction") or ({"transactional_db", "live_server"} & set(item.fixturenames))
        if transactional and "serialized_rollback" not in chosen:
            item.add_marker(pytest.mark.django_db(**{**chosen, "transaction": True, "serialized_rollback": True}),
                            append=False)
        elif chosen.get("serialized_rollback") is False:
            opted_out.append(item)
    items[:] = [item for item in items if item not in opted_out] + opted_out


_serialized_contents = {}


def _carry_serialized_snapshot():
    """Give the current context's connections the test database's serialized snapshot.

    Playwright's sync API runs the tests inside greenlets, and Django's per-context
    connection handler then hands out fresh DatabaseWrapper objects that lack the
    snapshot serialized_rollback restores from: without it the restore is skipped
    silently, and a test after a transactional one finds no roles or groups.
    """
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        if hasattr(connection, "_test_serialized_contents"):
            _serialized_contents.setdefault(alias, connection._test_serialized_contents)
        elif alias in _serialized_contents:
            connection._test_serialized_contents = _serialized_contents[alias]


@pytest.fixture(autouse=True)
def _keep_serialized_database():
    """Carry the snapshot into each test's connections (see _carry_serialized_snapshot)."""
    _carry_serialized_snapshot()


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    """Give each test its own media and private folders and an empty cache."""
    from django.core.cache import cache

    from core.caching import counters

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    cache.clear()
    counters.forget()
    yield
    cache.clear()
    counters.forget()


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


@pytest.fixture
def quantri(django_user_model):
    """The "Quản trị" role: manages accounts and roles, is not a superuser."""
    from django.contrib.auth.models import Group

    from cms.tests.factories import ADMINISTRATOR

    user = django_user_model.objects.create_user("quantri", password=None, is_staff=True)
    user.groups.add(Group.objects.get(name=ADMINISTRATOR))
    return user


@pytest.fixture
def staff_member(django_user_model):
    """A staff account with no role."""
    return django_user_model.objects.create_user("nhanvien", password=None, is_staff=True)


@pytest.fixture
def superuser(django_user_model):
    """A superuser (the account `make run` creates as "admin")."""
    return django_user_model.objects.create_superuser("goc", password="mat-khau-goc-123")


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

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_loudly("browser tests: playwright is not installed")
    if not os.path.exists(CHROMIUM):
        skip_loudly(f"browser tests: {CHROMIUM} is missing (apt-get install chromium)")
    # Playwright's sync API keeps an event loop in this thread; the ORM calls the
    # tests make around it are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # The first browser test sets up its database after this, in Playwright's context.
        _carry_serialized_snapshot()
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    """Return a fresh browser tab whose relative URLs go to the live test server."""
    # bypass_csp lets the tests inject axe-core into pages whose policy forbids inline script.
    context = chromium.new_context(
        base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", bypass_csp=True
    )
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def demo_content(transactional_db):
    """Load seed_demo's content (identity, categories, the seed article) quietly."""
    from io import StringIO

    from django.core.management import call_command

    call_command("seed_demo", stdout=StringIO())


