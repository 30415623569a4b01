"""The secret of an iCal address is not readable in the admin and not written to access logs."""

import datetime
import io
import logging
from types import SimpleNamespace

import pytest
from django.urls import reverse

from youth.models import CalendarToken

pytestmark = pytest.mark.django_db


@pytest.fixture
def token(member):
    return CalendarToken.objects.create(user=member)


def test_the_admin_shows_who_has_an_address_but_never_the_secret(client, superuser, token):
    client.force_login(superuser)
    for url in (reverse("admin:youth_calendartoken_changelist"),
                reverse("admin:youth_calendartoken_change", args=[token.pk])):
        response = client.get(url)
        assert response.status_code == 200
        assert token.token not in response.text
        assert token.token[:12] not in response.text
    assert client.get(reverse("admin:youth_calendartoken_add")).status_code == 403


def test_the_admin_revokes_an_address(client, superuser, token):
    feed = token.get_absolute_url()
    assert client.get(feed).status_code == 200
    client.force_login(superuser)
    response = client.post(reverse("admin:youth_calendartoken_delete", args=[token.pk]), {"post": "yes"})
    assert response.status_code == 302
    client.logout()
    assert client.get(feed).status_code == 404


def test_the_gunicorn_access_log_leaves_the_secret_out(token):
    from gunicorn.config import Config

    from core.security.logscrub import ScrubbingGunicornLogger

    config = Config()
    config.set("accesslog", "-")
    logger = ScrubbingGunicornLogger(config)
    stream = io.StringIO()
    logger.access_log.handlers = [logging.StreamHandler(stream)]
    path = token.get_absolute_url()
    environ = {"REQUEST_METHOD": "GET", "RAW_URI": path, "PATH_INFO": path, "QUERY_STRING": "",
               "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "203.0.113.7", "HTTP_REFERER": path}
    response = SimpleNamespace(status="200 OK", sent=120, headers=[])
    logger.access(response, SimpleNamespace(headers=[]), environ, datetime.timedelta(milliseconds=3))
    line = stream.getvalue()
    assert "GET /cong-viec/lich/" in line and " 200 " in line
    assert token.token not in line


def test_django_log_records_leave_the_secret_out(token):
    from core.security.logscrub import scrub

    path = token.get_absolute_url()
    assert token.token not in scrub(f"Not Found: {path}")
    assert scrub("GET /tin-tuc/2023/04/03/bai-viet/") == "GET /tin-tuc/2023/04/03/bai-viet/"
