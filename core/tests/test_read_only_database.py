"""A database that only reads: the staff login says so with a 503, /healthz reports it, no bare 500."""

import pytest
from django.test import Client

from cms.models import Page
from core.testing.readonly import read_only_database

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


def test_healthz_reports_a_read_only_database(client):
    with read_only_database():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "read-only"}
    assert client.get("/healthz").json() == {"status": "ok"}


def test_the_staff_login_is_shown_again_with_the_user_name_and_a_vietnamese_message(editor, site_settings):
    client = Client(raise_request_exception=False)
    client.get(LOGIN)
    with read_only_database():
        response = client.post(LOGIN, {"username": "bientap", "password": "mat-khau-dai-123", "next": "/admin/"})
    assert response.status_code == 503
    assert response["Retry-After"]
    page = response.content.decode()
    assert "Hệ thống đang bảo trì" in page and "gửi lại sau ít phút" in page
    assert 'value="bientap"' in page
    assert "mat-khau-dai-123" not in page
    assert '<input type="hidden" name="next" value="/admin/">' in page


def test_a_wrong_password_on_a_read_only_database_gets_the_same_message(editor, site_settings):
    client = Client(raise_request_exception=False)
    with read_only_database():
        response = client.post(LOGIN, {"username": "bientap", "password": "sai"})
    assert response.status_code == 503
    assert "Hệ thống đang bảo trì" in response.content.decode()


def test_any_other_write_refused_by_the_database_gives_the_plain_503_page(django_user_model, site_settings):
    admin_user = django_user_model.objects.create_superuser("quantri", password="mat-khau-dai-123")
    page = Page.objects.create(title="Giới thiệu", slug="gioi-thieu", body="<p>Giới thiệu chung</p>")
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    with read_only_database():
        response = client.post(f"/admin/cms/page/{page.pk}/delete/", {"post": "yes"})
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "Hệ thống đang bảo trì" in response.content.decode()
    assert Page.objects.filter(pk=page.pk).exists()


def test_a_read_only_error_outside_any_view_gives_the_503_page_not_the_500_page(rf):
    # E.g. the session saved by SessionMiddleware after the view: only handler500 sees that error.
    from django.db import OperationalError

    from core.failures.errors import server_error

    try:
        raise OperationalError("attempt to write a readonly database")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert "Hệ thống đang bảo trì" in response.content.decode()
    try:
        raise OperationalError("disk I/O error")
    except OperationalError:
        assert server_error(rf.get("/")).status_code == 500
