"""The chain writer → editor → approver: the editor passes an article on; a returned one says why, up front."""

import pytest
from django.urls import reverse

from news import workflow
from news.models import Article
from news.tests.factories import make_article

pytestmark = pytest.mark.django_db


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def step_url(article, action):
    return reverse("admin:news_article_transition", args=[article.pk, action])


@pytest.fixture
def pending(writer):
    article = make_article(status="draft", author=writer, title="Chi đoàn ra quân", published_at=None)
    workflow.submit_article(article=article, by=writer)
    return article


def test_the_editor_finishes_editing_and_the_approver_finds_it_waiting(client, pending, section_editor, approver):
    client.force_login(section_editor)
    page = client.get(change_url(pending)).content.decode()
    assert "Biên tập xong, chuyển duyệt" in page
    assert "Xuất bản / hẹn giờ" not in page
    response = client.post(step_url(pending, "finish_editing"), {"revision": pending.revision}, follow=True)
    assert "Đã biên tập, chờ duyệt" in response.content.decode()
    assert Article.objects.get(pk=pending.pk).status == "edited"

    client.force_login(approver)
    queue = client.get("/admin/news/article/").content.decode()
    assert "Chi đoàn ra quân" in queue and "Đã biên tập, chờ duyệt" in queue
    stored = Article.objects.get(pk=pending.pk)
    client.post(step_url(stored, "publish"), {"revision": stored.revision, "publish_at": ""})
    assert Article.objects.get(pk=pending.pk).status == "published"


def test_a_writer_cannot_pass_the_article_on_for_the_editor(client, pending, writer):
    client.force_login(writer)
    assert "Biên tập xong" not in client.get(change_url(pending)).content.decode()
    assert client.post(step_url(pending, "finish_editing"), {"revision": pending.revision}).status_code == 403
    assert Article.objects.get(pk=pending.pk).status == "pending"


def test_an_edited_article_can_still_be_returned(pending, section_editor, approver):
    workflow.finish_editing(article=pending, by=section_editor)
    workflow.return_article(article=pending, by=approver, reason="Thiếu ảnh")
    assert Article.objects.get(pk=pending.pk).status == "returned"


def test_the_latest_return_reason_heads_the_change_page_and_the_writers_list(client, pending, writer, approver):
    workflow.return_article(article=pending, by=approver, reason="Sửa tiêu đề cho ngắn")
    workflow.submit_article(article=pending, by=writer)
    workflow.return_article(article=pending, by=approver, reason="Thêm tên người chụp ảnh")
    client.force_login(writer)
    page = client.get(change_url(pending)).content.decode()
    panel = page[page.index('class="workflow-panel"'):]
    panel = panel[:panel.index("</div>")]
    assert "Lý do trả lại:" in panel and "Thêm tên người chụp ảnh" in panel
    assert "Sửa tiêu đề cho ngắn" not in panel
    listing = client.get("/admin/news/article/?cho_toi=1").content.decode()
    assert "Thêm tên người chụp ảnh" in listing and "Sửa tiêu đề cho ngắn" not in listing
