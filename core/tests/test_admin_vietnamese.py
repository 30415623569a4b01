"""Every admin page a writer, an editor, an approver and a leader can reach speaks Vietnamese (issue 12, item 9)."""

import re
from collections import deque
from io import StringIO
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from core.testing.admin_english import english_on, english_phrases
from core.testing.factories import make_user
from news import roles, workflow
from news.models import Article

# Pages that act, leave the admin or only serve data: never followed.
SKIP = re.compile(r"/admin/(logout|jsi18n|autocomplete|r)/|/buoc/|/khoi-phuc/|\.(css|js|svg|png)$")
MAX_PAGES = 150


def page_kind(url):
    """Return the shape of an admin URL: ids replaced, query keys only (one page per shape is enough)."""
    parts = urlsplit(url)
    keys = sorted({pair.split("=")[0] for pair in parts.query.split("&") if pair})
    return re.sub(r"/\d+/", "/N/", parts.path), tuple(keys)


def worth_following(url):
    """Return True for admin pages; list filters one at a time (their combinations show the same words)."""
    parts = urlsplit(url)
    if not parts.path.startswith("/admin/") or SKIP.search(parts.path):
        return False
    keys = {pair.split("=")[0] for pair in parts.query.split("&") if pair}
    return len(keys) <= 1


def crawl(client):
    """Visit every admin page reachable by links from the admin home; return {url: english phrases}."""
    seen_kinds, found = set(), {}
    queue = deque(["/admin/"])
    while queue and len(found) < MAX_PAGES:
        url = queue.popleft()
        kind = page_kind(url)
        if kind in seen_kinds:
            continue
        seen_kinds.add(kind)
        response = client.get(url)
        assert response.status_code in (200, 302, 403), (url, response.status_code)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        found[url] = english_on(html)
        for link in BeautifulSoup(html, "html.parser").find_all("a", href=True):
            target = urldefrag(urljoin(url, link["href"]))[0]
            if worth_following(target):
                queue.append(target)
    return found


@pytest.fixture
def demo(db):
    call_command("seed_demo", stdout=StringIO())
    article = Article.objects.order_by("pk").first()
    return article


@pytest.fixture
def with_workflow_history(demo):
    """A pending article with a step on record, and one returned to its writer."""
    writer = make_user(roles.WRITER, username="phongvien_thu")
    approver = make_user(roles.APPROVER, username="lanhdao_thu")
    from news.tests.factories import make_article

    for title, returned in [("Tin chờ duyệt", False), ("Tin bị trả lại", True)]:
        article = make_article(title=title, status="draft", author=writer)
        workflow.submit_article(article=article, by=writer)
        if returned:
            workflow.return_article(article=article, by=approver, reason="Bổ sung ảnh")
    return writer, approver


def leader_login():
    from django.contrib.auth.models import Group

    from youth.models import LEADERS_GROUP

    user = make_user(username="lanhdao_doan")
    user.groups.add(Group.objects.get(name=LEADERS_GROUP))
    return user


def test_the_phrase_list_is_django_s_own():
    phrases = english_phrases()
    assert {"Select all objects on this page for an action", "Toggle theme (current theme: auto",
            "Skip to main content",
            "Show counts", "Past 7 days", "Any date"} <= phrases
    assert len(phrases) > 300


@pytest.mark.parametrize("who", ["writer", "editor", "approver", "leader"])
def test_no_admin_page_a_role_can_reach_shows_english(client, with_workflow_history, who):
    writer, approver = with_workflow_history
    users = {
        "writer": lambda: writer,
        "editor": lambda: make_user(roles.EDITOR, username="bientapvien_thu"),
        "approver": lambda: approver,
        "leader": leader_login,
    }
    client.force_login(users[who]())
    found = crawl(client)
    assert len(found) >= 8, sorted(found)  # the crawl really went through the admin
    english = {url: phrases for url, phrases in found.items() if phrases}
    assert english == {}


def test_one_english_word_meaning_two_things_gets_two_translations(client, with_workflow_history):
    from django.utils import translation

    from news.models import ArticleTransition, Attachment
    from youth.forms import PeriodForm

    with translation.override("vi"):
        assert str(Attachment._meta.get_field("position").verbose_name) == "thứ tự"
        assert str(ArticleTransition._meta.get_field("from_status").verbose_name) == "từ trạng thái"
        form = PeriodForm()
        assert (form["start"].label, form["end"].label) == ("Từ ngày", "Đến ngày")
    writer, _approver = with_workflow_history
    client.force_login(writer)
    article = Article.objects.get(title="Tin bị trả lại")
    page = BeautifulSoup(client.get(f"/admin/news/article/{article.pk}/change/").content, "html.parser")
    headers = [th.get_text(strip=True) for th in page.select("#attachments-group th")]
    assert "Thứ tự" in headers and "Chức vụ" not in headers
    timeline = [th.get_text(strip=True) for th in page.select("section.module thead th")]
    assert timeline[2:4] == ["Từ trạng thái", "Sang trạng thái"]


def test_yes_no_icons_speak_vietnamese(client, demo):
    from core.admin.i18n import boolean_icon

    assert 'alt="Có"' in boolean_icon(True) and 'alt="Không"' in boolean_icon(False)
    client.force_login(make_user(roles.APPROVER, username="lanhdao_icon"))
    html = client.get("/admin/news/article/", {"cho_toi": "0"}).content.decode()
    assert 'alt="Có"' in html or 'alt="Không"' in html
    assert 'alt="True"' not in html and 'alt="False"' not in html
