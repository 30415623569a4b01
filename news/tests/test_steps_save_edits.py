"""A workflow step pressed with unsaved changes in the article form saves them first (issue 12, item 6)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from news import workflow
from news.models import Article, ArticleTransition
from news.tests.factories import admin_form_data, make_category

REASON_MESSAGE = "Vui lòng ghi rõ lý do; người viết sẽ nhận được lý do này."


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


@pytest.fixture
def pending(draft, writer):
    workflow.submit_article(article=draft, by=writer)
    return Article.objects.get(pk=draft.pk)


def test_submit_with_a_changed_title_saves_the_title_then_submits(client, draft, writer):
    client.force_login(writer)
    response = client.post(change_url(draft), admin_form_data(draft, title="Tiêu đề mới", _workflow="submit"),
                           follow=True)
    stored = Article.objects.get(pk=draft.pk)
    assert (stored.title, stored.status) == ("Tiêu đề mới", "pending")
    assert response.redirect_chain[-1][0] == change_url(draft)
    assert "Đã lưu các thay đổi của đồng chí." in messages_of(response)
    assert "Đã thực hiện: tin bài hiện ở trạng thái “Chờ duyệt”." in messages_of(response)
    # The history holds the edit, then the step.
    assert [v.title for v in stored.history.order_by("history_id")][-2:] == ["Tiêu đề mới", "Tiêu đề mới"]


def test_a_step_on_an_unchanged_form_adds_no_empty_version(client, draft, writer):
    client.force_login(writer)
    versions_before = draft.history.count()
    client.post(change_url(draft), admin_form_data(draft, _workflow="submit"))
    stored = Article.objects.get(pk=draft.pk)
    assert stored.status == "pending"
    assert stored.history.count() == versions_before + 1  # the step only


def test_return_with_an_edit_and_its_reason_saves_both(client, pending, approver):
    client.force_login(approver)
    data = admin_form_data(pending, summary="Tóm tắt sửa lại", _workflow="return", reason_return="Bổ sung ảnh")
    client.post(change_url(pending), data)
    stored = Article.objects.get(pk=pending.pk)
    assert (stored.summary, stored.status) == ("Tóm tắt sửa lại", "returned")
    assert ArticleTransition.objects.get(to_status="returned").reason == "Bổ sung ảnh"


def test_return_without_a_reason_keeps_the_edit_and_says_why(client, pending, approver):
    client.force_login(approver)
    response = client.post(change_url(pending), admin_form_data(pending, title="Sửa trước khi trả", _workflow="return"),
                           follow=True)
    stored = Article.objects.get(pk=pending.pk)
    assert (stored.title, stored.status) == ("Sửa trước khi trả", "pending")
    assert REASON_MESSAGE in messages_of(response)


def test_publish_at_a_bad_time_keeps_the_edit_and_publishes_nothing(client, pending, approver):
    client.force_login(approver)
    response = client.post(change_url(pending), admin_form_data(
        pending, title="Sửa rồi xuất bản", _workflow="publish", publish_at="32/13/2026 25:00"), follow=True)
    stored = Article.objects.get(pk=pending.pk)
    assert (stored.title, stored.status) == ("Sửa rồi xuất bản", "pending")
    assert "Nhập thời điểm xuất bản dạng ngày/tháng/năm giờ:phút, ví dụ 03/04/2023 08:00." in messages_of(response)


def test_a_stale_form_neither_saves_nor_takes_the_step(client, draft, writer, section_editor):
    client.force_login(writer)
    stale = admin_form_data(draft, title="Bản của phóng viên", _workflow="submit")
    workflow.save_article(article=Article.objects.get(pk=draft.pk), by=section_editor)  # someone saves meanwhile
    response = client.post(change_url(draft), stale)
    assert response.status_code == 200
    assert response.context["adminform"].form.conflict is not None
    stored = Article.objects.get(pk=draft.pk)
    assert (stored.title, stored.status) == ("Bản tin nháp", "draft")


def test_an_unknown_step_keeps_the_edit_and_changes_no_state(client, draft, writer):
    client.force_login(writer)
    response = client.post(change_url(draft), admin_form_data(draft, title="Giữ lại", _workflow="bogus"),
                           follow=True)
    stored = Article.objects.get(pk=draft.pk)
    assert (stored.title, stored.status) == ("Giữ lại", "draft")
    assert "Đồng chí không có quyền thực hiện thao tác này với tin bài." in messages_of(response)


def test_a_step_refused_by_the_state_keeps_the_edit(client, draft, section_editor):
    client.force_login(section_editor)
    response = client.post(change_url(draft), admin_form_data(draft, title="Sửa nháp", _workflow="return",
                                                              reason_return="x"), follow=True)
    stored = Article.objects.get(pk=draft.pk)
    assert (stored.title, stored.status) == ("Sửa nháp", "draft")
    assert "Không thể thực hiện bước này: tin bài hiện đang ở trạng thái “Nháp”." in messages_of(response)


def test_a_new_article_can_be_saved_and_submitted_in_one_press(client, writer):
    category = make_category(name="Hoạt động đoàn thể")
    client.force_login(writer)
    page = client.get(reverse("admin:news_article_add"))
    assert b'name="_workflow" value="submit"' in page.content
    data = {"title": "Tin mới gửi ngay", "slug": "", "category": category.pk, "summary": "", "body": "<p>Nội dung.</p>",
            "cover_caption": "", "byline": "", "_workflow": "submit",
            "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
            "attachments-MIN_NUM_FORMS": "0", "attachments-MAX_NUM_FORMS": "1000"}
    response = client.post(reverse("admin:news_article_add"), data)
    article = Article.objects.get(title="Tin mới gửi ngay")
    assert response.status_code == 302 and response["Location"] == change_url(article)
    assert (article.status, article.author) == ("pending", writer)


def test_the_step_buttons_belong_to_the_article_form_when_it_can_be_saved(client, pending, approver):
    client.force_login(approver)
    page = BeautifulSoup(client.get(change_url(pending)).content, "html.parser")
    buttons = {b["value"]: b for b in page.select(".workflow-panel button[name=_workflow]")}
    assert set(buttons) == {"return", "publish"}
    assert all(b["form"] == "article_form" and b.get("type") == "submit" for b in buttons.values())
    assert page.select_one("#id_reason_return")["form"] == "article_form"
    assert page.select_one("#article_form") is not None


def test_a_reviewer_who_may_not_edit_keeps_the_separate_step_forms(client, pending):
    from django.contrib.auth.models import Permission

    from core.testing.factories import make_user

    reviewer = make_user(username="chiduyet")
    reviewer.user_permissions.set(Permission.objects.filter(
        content_type__app_label="news", codename__in=["view_article", "publish_article"]))
    client.force_login(reviewer)
    page = BeautifulSoup(client.get(change_url(pending)).content, "html.parser")
    publish = page.select_one(".workflow-panel button[value=publish]")
    assert publish.get("form") is None and publish.find_parent("form")["action"].endswith("/buoc/publish/")
