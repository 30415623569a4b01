"""Production settings, Content-Security-Policy, login lockout and media headers."""

import datetime
import json
import os
import re
import secrets
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from django.conf import settings

from news.tests.factories import make_article

ROOT = settings.BASE_DIR
STRICT_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "frame-ancestors 'self'; form-action 'self'"
)


def production_env(tmp_path, **extra):
    # The browser fixture sets DJANGO_ALLOW_ASYNC_UNSAFE in this process; production never has it.
    env = {key: value for key, value in os.environ.items() if key not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings", DJANGO_ENV="production", SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="thads.example.vn,testserver",
        VAR_DIR=str(tmp_path / "var"), DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        CLIENT_IP_HEADER="HTTP_X_REAL_IP",
    )
    env.update(extra)
    return env


def run_python(code, env):
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_production_settings_pass_check_deploy_with_only_the_documented_editor_warning(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        # Production with the page cache on needs a shared cache (cms.E102); the check does not connect.
        cwd=ROOT, env=production_env(tmp_path, CACHE_URL="redis://127.0.0.1:6379/1"), capture_output=True,
        text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (1 silenced)." in result.stdout
    assert settings.SILENCED_SYSTEM_CHECKS == ["ckeditor.W001"]


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_python("import django; django.setup()", production_env(tmp_path, SECRET_KEY=""))
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


PRODUCTION_REQUESTS = """
import json, django
django.setup()
from django.core.management import call_command
from django.conf import settings
from django.test import Client
from django.test.utils import override_settings
call_command("migrate", verbosity=0)
# Pages need collectstatic's manifest in production; plain static URLs do here.
storages = {**settings.STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
override_settings(STORAGES=storages).enable()
client = Client()
plain = client.get("/tin-tuc/")
secure = client.get("/admin/login/", secure=True)
cookie = secure.cookies["csrftoken"]
print(json.dumps({
    "plain_status": plain.status_code, "plain_location": plain.get("Location"),
    "hsts": secure.get("Strict-Transport-Security"), "csrf_secure": bool(cookie["secure"]),
    "proxied": client.get("/tin-tuc/", headers={"X-Forwarded-Proto": "https"}).status_code,
    "session_secure": django.conf.settings.SESSION_COOKIE_SECURE,
}))
"""


def test_production_redirects_to_https_and_sends_hsts_and_secure_cookies(tmp_path):
    result = run_python(PRODUCTION_REQUESTS, production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["plain_status"] == 301
    assert seen["plain_location"] == "https://testserver/tin-tuc/"
    assert seen["proxied"] == 200  # nginx's X-Forwarded-Proto: https is trusted
    assert seen["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert seen["csrf_secure"] is True
    assert seen["session_secure"] is True


class ScriptFinder(HTMLParser):
    """Collect inline scripts, inline event handlers and external origins in a page."""

    def __init__(self):
        super().__init__()
        self.inline_scripts, self.handlers, self.external = 0, [], []

    # Links the browser fetches; canonical, alternate and schema.DC links only name an address.
    LOADED_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}
    # A data block such as JSON-LD is never executed, so the policy does not apply to it.
    DATA_BLOCK_TYPES = {"application/ld+json", "application/json"}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and not attrs.get("src") and attrs.get("type") not in self.DATA_BLOCK_TYPES:
            self.inline_scripts += 1
        self.handlers += [name for name in attrs if name.startswith("on")]
        if tag == "a" or (tag == "link" and not set((attrs.get("rel") or "").split()) & self.LOADED_LINKS):
            return
        for name in ("src", "href", "action"):
            value = attrs.get(name) or ""
            if re.match(r"^(https?:)?//", value):
                self.external.append(value)


@pytest.mark.django_db
def test_public_pages_send_the_strict_policy_and_need_nothing_it_forbids(client, site_settings):
    article = make_article(title="Hội nghị tổng kết")
    for url in ["/", "/tin-tuc/", article.get_absolute_url(), "/tin-tuc/ngay/?ngay=sai", "/khong-co/"]:
        response = client.get(url)
        assert response["Content-Security-Policy"] == STRICT_POLICY, url
        finder = ScriptFinder()
        finder.feed(response.content.decode())
        assert (finder.inline_scripts, finder.handlers, finder.external) == (0, [], []), url


@pytest.mark.django_db
def test_only_the_admin_may_run_inline_script_for_the_editor(client, editor):
    client.force_login(editor)
    policy = client.get("/admin/news/article/add/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert "unsafe-eval" not in policy and "http" not in policy
    assert "unsafe-inline" not in client.get("/tin-tuc/")["Content-Security-Policy"]


def test_media_files_are_sent_with_nosniff(client, settings):
    (settings.MEDIA_ROOT / "uploads").mkdir(parents=True)
    (settings.MEDIA_ROOT / "uploads" / "anh.jpg").write_bytes(b"<html><script>alert(1)</script>")
    response = client.get("/media/uploads/anh.jpg")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"


# --- Login lockout -------------------------------------------------------------
LOCKED_TEXT = "Đăng nhập tạm thời bị khóa"


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        "/admin/login/?next=/admin/", {"username": username, "password": password}, REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_five_wrong_passwords_lock_that_user_from_that_address_for_30_minutes(client, editor):
    for _attempt in range(4):
        assert sign_in(client, "bientap", "sai-mat-khau").status_code == 200
    fifth = sign_in(client, "bientap", "sai-mat-khau")
    assert fifth.status_code == 429

    locked = sign_in(client, "bientap", "mat-khau-dai-123")
    page = locked.content.decode()
    assert locked.status_code == 429
    assert LOCKED_TEXT in page
    assert "sai mật khẩu 5 lần" in page and "30 phút" in page
    assert "_auth_user_id" not in client.session

    # Another address, or another account from the same address, may still sign in.
    assert sign_in(client, "bientap", "mat-khau-dai-123", address="198.51.100.9").status_code == 302
    client.logout()
    assert sign_in(client, "khac", "sai", address="203.0.113.7").status_code == 200


@pytest.mark.django_db
def test_the_lock_lifts_after_30_minutes(client, editor):
    from axes.models import AccessAttempt

    for _attempt in range(5):
        sign_in(client, "bientap", "sai-mat-khau")
    assert sign_in(client, "bientap", "mat-khau-dai-123").status_code == 429
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=31))
    assert sign_in(client, "bientap", "mat-khau-dai-123").status_code == 302


@pytest.mark.django_db
def test_behind_the_proxy_the_lock_follows_the_real_client_address(client, editor, settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    for _attempt in range(5):
        client.post("/admin/login/", {"username": "bientap", "password": "sai"},
                    REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.7")
    other_reader = client.post("/admin/login/", {"username": "bientap", "password": "mat-khau-dai-123"},
                               REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="198.51.100.9")
    assert other_reader.status_code == 302


@pytest.mark.django_db
def test_a_successful_login_clears_earlier_failures(client, editor):
    for _attempt in range(4):
        sign_in(client, "bientap", "sai-mat-khau")
    assert sign_in(client, "bientap", "mat-khau-dai-123").status_code == 302
    client.logout()
    for _attempt in range(4):
        assert sign_in(client, "bientap", "sai-mat-khau").status_code == 200


@pytest.mark.django_db
def test_without_a_client_address_wrong_passwords_still_lock_the_account(client, editor):
    # gunicorn on a unix socket: REMOTE_ADDR is empty and no proxy header is configured.
    for _attempt in range(4):
        assert sign_in(client, "bientap", "sai-mat-khau", address="").status_code == 200
    assert sign_in(client, "bientap", "sai-mat-khau", address="").status_code == 429
    for _attempt in range(7):
        assert sign_in(client, "bientap", "sai-mat-khau", address="").status_code == 429
    assert sign_in(client, "bientap", "mat-khau-dai-123", address="").status_code == 429
    assert "_auth_user_id" not in client.session


def test_production_refuses_to_start_without_the_client_address_setting(settings):
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    settings.DJANGO_ENV = "production"
    settings.CLIENT_IP_HEADER = ""
    with pytest.raises(SystemCheckError, match="CLIENT_IP_HEADER"):
        call_command("check", tags=["security"])
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    call_command("check", tags=["security"])
    settings.DJANGO_ENV = "development"
    settings.CLIENT_IP_HEADER = ""
    call_command("check", tags=["security"])
