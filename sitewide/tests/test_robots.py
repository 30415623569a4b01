"""robots.txt read by urllib.robotparser (prefix rules) and Protego (RFC 9309, with wildcards)."""

from urllib.robotparser import RobotFileParser

import pytest
from django.urls import reverse
from protego import Protego

from news.tests.factories import local_datetime, make_article

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


@pytest.fixture
def robots(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    simple = RobotFileParser()
    simple.parse(text.splitlines())
    return simple, Protego.parse(text)


@pytest.fixture
def article(site_settings):
    return make_article(title="Đoàn viên ra quân", published_at=local_datetime(2023, 4, 3, 9))


def kept_out(robots, path):
    """Return whether both parsers keep a crawler out of path, failing if they disagree."""
    simple, modern = robots
    allowed = simple.can_fetch("Googlebot", BASE + path), modern.can_fetch(BASE + path, "Googlebot")
    assert allowed[0] == allowed[1], f"the parsers disagree on {path}"
    return not allowed[0]


def test_work_area_admin_and_search_are_kept_out(robots):
    for name, kwargs in [
        ("youth:dashboard", {}), ("youth:my_tasks", {}), ("youth:task", {"pk": 7}),
        ("youth:tasks_xlsx", {}), ("youth:meeting", {"pk": 3}), ("youth:minutes_docx", {"pk": 3}),
        ("youth:calendar", {}), ("youth:calendar_feed", {"token": "abc123"}), ("youth:party_report", {}),
        ("admin:index", {}), ("admin:news_article_changelist", {}), ("admin:login", {}),
        ("search", {}),
    ]:
        path = reverse(name, kwargs=kwargs)
        assert kept_out(robots, path), path
    assert kept_out(robots, reverse("search") + "?q=đoàn+viên&page=2")


def test_print_views_are_kept_out_by_rfc_9309_robots(robots, article):
    _simple, modern = robots
    print_url = BASE + article.get_absolute_url() + "in/"
    assert not modern.can_fetch(print_url, "Googlebot")
    assert not modern.can_fetch(print_url, "coccocbot-web")
    # An article whose slug happens to be "in" is not a print view.
    assert modern.can_fetch(BASE + "/tin-tuc/2023/04/03/in/", "Googlebot")


def test_public_pages_stay_open(robots, article):
    for path in ["/", article.get_absolute_url(), reverse("news:latest"), reverse("news:feed"), "/lien-he/",
                 reverse("news:day", kwargs={"year": 2023, "month": 4, "day": 3}), "/sitemap.xml",
                 "/static/img/og-default.png", "/cong-viec-cua-chi-doan/"]:
        assert not kept_out(robots, path), path


def test_robots_point_to_the_sitemap_index(robots):
    simple, modern = robots
    assert simple.site_maps() == [BASE + "/sitemap.xml"]
    assert list(modern.sitemaps) == [BASE + "/sitemap.xml"]
