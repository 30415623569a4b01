"""The article list and admin home for reviewers; read-only articles show their text (issue 12, item 8)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news import workflow
from news.models import Article
from news.tests.factories import make_article

LIST = "/admin/news/article/"


def titles(response):
    page = BeautifulSoup(response.content, "html.parser")
    return sorted(a.get_text() for a in page.select("#result_list th.field-title a"))


@pytest.fixture
def desk(writer, approver):
    """One published article, one pending, one draft."""
    make_article(title="Đã đăng")
    pending = make_article(title="Chờ duyệt", status="draft", author=writer)
    workflow.submit_article(article=pending, by=writer)
    make_article(title="Nháp", status="draft", author=writer)
    return pending


def test_a_reviewer_lands_on_what_waits_for_them(client, desk, approver):
    client.force_login(approver)
    assert titles(client.get(LIST)) == ["Chờ duyệt"]
    assert titles(client.get(LIST, {"cho_toi": "0"})) == ["Chờ duyệt", "Nháp", "Đã đăng"]
    # A search or another filter is never narrowed behind the user's back.
    assert titles(client.get(LIST, {"q": "Đã đăng"})) == ["Đã đăng"]
    choices = BeautifulSoup(client.get(LIST).content, "html.parser").select("#changelist-filter li.selected a")
    assert "Chờ tôi xử lý" in [a.get_text(strip=True) for a in choices]


def test_a_writer_lands_on_the_whole_list(client, desk, writer):
    client.force_login(writer)
    assert titles(client.get(LIST)) == ["Chờ duyệt", "Nháp", "Đã đăng"]


def test_the_list_shows_author_and_when_it_was_submitted(client, desk, approver):
    client.force_login(approver)
    page = BeautifulSoup(client.get(LIST, {"cho_toi": "0"}).content, "html.parser")
    headers = [th.get_text(strip=True) for th in page.select("#result_list thead th")]
    assert "Người tạo" in headers and "Gửi duyệt lúc" in headers
    row = page.find("a", string="Chờ duyệt").find_parent("tr")
    assert row.select_one("td.field-author_name").get_text() == "Tuấn Linh"
    step = desk.transitions.get(to_status="pending")
    from django.utils import timezone

    assert row.select_one("td.field-submitted_at").get_text() == timezone.localtime(step.at).strftime("%H:%M %d/%m/%Y")


def test_the_list_costs_the_same_queries_for_more_rows(client, writer, approver):
    client.force_login(approver)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(LIST, {"cho_toi": "0"}).status_code == 200
        return len(captured)

    for n in range(3):
        article = make_article(title=f"Tin {n}", status="draft", author=writer)
        workflow.submit_article(article=article, by=writer)
    queries()  # warm caches (session, permissions)
    few = queries()
    for n in range(3, 12):
        article = make_article(title=f"Tin {n}", status="draft", author=writer)
        workflow.submit_article(article=article, by=writer)
    queries()  # new rows invalidated the site's caches
    assert queries() == few


def test_the_admin_home_says_how_many_wait(client, desk, approver, writer):
    client.force_login(approver)
    home = BeautifulSoup(client.get("/admin/").content, "html.parser")
    link = home.select_one(".waiting-summary a")
    assert link.get_text(strip=True) == "Có 1 tin bài đang chờ đồng chí xử lý"
    assert link["href"] == "/admin/news/article/?cho_toi=1"
    client.force_login(writer)
    home = BeautifulSoup(client.get("/admin/").content, "html.parser")
    assert home.select_one(".waiting-summary").get_text(strip=True) == "Không có tin bài nào đang chờ đồng chí xử lý."


def test_a_read_only_article_shows_its_text_not_its_html(client, desk, writer):
    Article.objects.filter(pk=desk.pk).update(body="<p>Đoạn <strong>đậm</strong> của bài.</p>")
    client.force_login(writer)  # a writer may not change a pending article
    page = BeautifulSoup(client.get(f"/admin/news/article/{desk.pk}/change/").content, "html.parser")
    preview = page.select_one(".article-body-preview")
    assert preview.select_one("strong").get_text() == "đậm"
    assert "&lt;p&gt;" not in str(page) and "<p>" not in preview.get_text()


def test_the_read_only_text_is_sanitised_again(client, desk, writer):
    Article.objects.filter(pk=desk.pk).update(body='<p>Chữ</p><script>alert(1)</script><img src=x onerror="alert(2)">')
    client.force_login(writer)
    html = client.get(f"/admin/news/article/{desk.pk}/change/").content.decode()
    preview = html[html.index('class="article-body-preview"'):]
    assert "<script>alert(1)" not in preview and "onerror" not in preview
