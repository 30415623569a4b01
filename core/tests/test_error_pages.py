"""Error pages render whatever the request carried: a foreign Host header gives the plain 400 page."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_hosts(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["thads.example.vn"]


@pytest.mark.parametrize(("path", "heading"), [("/", "Yêu cầu không hợp lệ"), ("/en/", "Bad request"),
                                               ("/tin-tuc/", "Yêu cầu không hợp lệ")])
def test_a_foreign_host_header_gets_the_plain_400_page(production_hosts, site_settings, path, heading):
    # The home pages' context builds absolute hreflang links, which call get_host() and fail again.
    response = Client(raise_request_exception=False).get(path, HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    page = response.content.decode()
    assert f"<h1>{heading}</h1>" in page
    assert "evil.example.com" not in page


def test_the_site_host_still_gets_the_page(production_hosts, site_settings):
    assert Client().get("/", HTTP_HOST="thads.example.vn", secure=True).status_code == 200
