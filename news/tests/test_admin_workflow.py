"""The admin renders and dispatches: buttons, timeline, filters, and forged requests refused."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from news import workflow
from news.models import Article, ArticleTransition
from news.tests.factories import admin_form_data, make_article


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def step_url(article, action):
    return reverse("admin:news_article_transition", args=[article.pk, action])


def seen(article, **data):
    """Return a step's POST data carrying the article's revision as stored (what the page shows)."""
    return {"revision": Article.objects.get(pk=article.pk).revision, **data}


@pytest.fixture
def pending(draft, writer):
    workflow.submit_article(article=draft, by=writer)
    return draft


class TestForgedRequests:
    def test_a_writer_posting_the_publish_step_gets_403_and_nothing_changes(self, client, pending, writer):
        client.force_login(writer)
        response = client.post(step_url(pending, "publish"), seen(pending, publish_at=""))
        assert response.status_code == 403
        assert Article.objects.get(pk=pending.pk).status == "pending"
        assert ArticleTransition.objects.filter(to_status="published").count() == 0

    def test_an_editor_posting_take_down_gets_403(self, client, section_editor):
        article = make_article()
        client.force_login(section_editor)
        assert client.post(step_url(article, "take_down"), seen(article, reason="x")).status_code == 403
        assert Article.objects.get(pk=article.pk).status == "published"

    def test_a_status_sent_with_the_form_is_ignored(self, client, draft, writer):
        client.force_login(writer)
        data = admin_form_data(draft, title="Đổi tiêu đề", status="published",
                               published_at_0="01/01/2026", published_at_1="08:00", author="")
        response = client.post(change_url(draft), data)
        assert response.status_code == 302
        stored = Article.objects.get(pk=draft.pk)
        assert (stored.title, stored.status, stored.published_at, stored.author) == (
            "Đổi tiêu đề", "draft", None, writer)

    def test_the_status_is_not_an_editable_field(self, client, draft, approver):
        client.force_login(approver)
        form = client.get(change_url(draft)).context["adminform"].form
        assert "status" not in form.fields and "published_at" not in form.fields

    @pytest.mark.parametrize("who", ["writer", "other_writer", "administrator"])
    def test_saving_an_article_one_may_not_edit_gets_403(self, client, pending, who, request):
        user = request.getfixturevalue(who)
        client.force_login(user)
        response = client.post(change_url(pending), admin_form_data(pending, title="Sửa trái phép"))
        assert response.status_code == 403
        assert Article.objects.get(pk=pending.pk).title == "Bản tin nháp"

    def test_steps_need_a_post(self, client, pending, approver):
        client.force_login(approver)
        assert client.get(step_url(pending, "publish")).status_code == 405

    def test_an_unknown_step_is_refused(self, client, pending, approver):
        client.force_login(approver)
        assert client.post(step_url(pending, "delete")).status_code == 403


class TestButtons:
    def test_a_writer_sees_only_submit_on_own_draft(self, client, draft, writer):
        client.force_login(writer)
        page = client.get(change_url(draft)).text
        assert "Gửi duyệt" in page
        assert "Xuất bản / hẹn giờ" not in page and "Trả lại người viết" not in page

    def test_an_approver_sees_publish_and_return_on_a_pending_article(self, client, pending, approver):
        client.force_login(approver)
        page = client.get(change_url(pending)).text
        assert "Xuất bản / hẹn giờ" in page and "Trả lại người viết" in page and "Gỡ tin" not in page

    def test_publishing_with_a_future_time_schedules(self, client, pending, approver):
        client.force_login(approver)
        later = timezone.localtime() + datetime.timedelta(days=3)
        response = client.post(step_url(pending, "publish"), seen(pending, publish_at=later.strftime("%d/%m/%Y %H:%M")),
                               follow=True)
        stored = Article.objects.get(pk=pending.pk)
        assert stored.is_scheduled
        assert timezone.localtime(stored.published_at).strftime("%d/%m/%Y %H:%M") == later.strftime("%d/%m/%Y %H:%M")
        assert "Hẹn giờ" in response.text

    def test_returning_without_a_reason_explains_and_changes_nothing(self, client, pending, approver):
        client.force_login(approver)
        response = client.post(step_url(pending, "return"), seen(pending, reason="  "), follow=True)
        assert "Vui lòng ghi rõ lý do" in response.text
        assert Article.objects.get(pk=pending.pk).status == "pending"

    def test_the_timeline_shows_every_step(self, client, pending, approver, section_editor):
        workflow.return_article(article=pending, by=section_editor, reason="Bổ sung ảnh hội nghị")
        client.force_login(approver)
        page = client.get(change_url(pending)).text
        assert "Quá trình xử lý" in page
        assert page.count('class="timeline-step"') == 2
        assert "Bổ sung ảnh hội nghị" in page and "Trả lại" in page and "Chờ duyệt" in page


class TestChangeList:
    @pytest.fixture
    def articles(self, writer, other_writer):
        now = timezone.now()
        return {
            "draft": make_article(status="draft", author=writer, title="Nháp A"),
            "pending": make_article(status="pending", author=other_writer, title="Chờ B"),
            "returned_mine": make_article(status="returned", author=writer, title="Trả lại C"),
            "returned_other": make_article(status="returned", author=other_writer, title="Trả lại D"),
            "scheduled": make_article(status="published", published_at=now + datetime.timedelta(days=1),
                                      title="Hẹn giờ E"),
            "published": make_article(title="Đã đăng F"),
        }

    def titles(self, client, **params):
        response = client.get(reverse("admin:news_article_changelist"), params)
        assert response.status_code == 200
        return {a.title for a in response.context["cl"].result_list}

    def test_filter_by_state_scheduled_included(self, client, articles, approver):
        client.force_login(approver)
        assert self.titles(client, state="scheduled") == {"Hẹn giờ E"}
        assert self.titles(client, state="published") == {"Đã đăng F"}
        assert self.titles(client, state="returned") == {"Trả lại C", "Trả lại D"}

    def test_what_waits_for_an_approver_is_the_pending_review(self, client, articles, approver):
        client.force_login(approver)
        assert self.titles(client, cho_toi="1") == {"Chờ B"}

    def test_what_waits_for_a_writer_is_their_returned_articles(self, client, articles, writer):
        client.force_login(writer)
        assert self.titles(client, cho_toi="1") == {"Trả lại C"}

    def test_the_list_shows_the_derived_state(self, client, articles, approver):
        client.force_login(approver)
        page = client.get(reverse("admin:news_article_changelist"), {"cho_toi": "0"}).text  # all, not only what waits
        assert "state-scheduled" in page and "Chờ tôi xử lý" in page


class TestEditingThroughTheAdmin:
    def test_a_writer_adds_a_draft_of_their_own(self, client, writer):
        category = make_article().category
        client.force_login(writer)
        data = admin_form_data(Article(category=category), title="Tin mới của phóng viên", slug="",
                               body="<p>Nội dung mới.</p>", status="published")
        del data["base_revision"]
        response = client.post(reverse("admin:news_article_add"), data)
        assert response.status_code == 302
        article = Article.objects.get(title="Tin mới của phóng viên")
        assert (article.status, article.author, article.revision) == ("draft", writer, 1)
        assert article.history.count() == 1

    @pytest.mark.parametrize(("who", "status_code"), [("section_editor", 403), ("approver", 302)])
    def test_only_an_approver_edits_a_published_article(self, db, client, who, status_code, request):
        article = make_article(title="Tin đã đăng")
        client.force_login(request.getfixturevalue(who))
        response = client.post(change_url(article), admin_form_data(article, title="Tin đã đăng (đính chính)"))
        assert response.status_code == status_code
        expected = "Tin đã đăng (đính chính)" if status_code == 302 else "Tin đã đăng"
        assert Article.objects.get(pk=article.pk).title == expected


def test_the_article_form_refuses_a_control_character_in_the_title(client, draft, writer):
    from news.tests.factories import admin_form_data

    client.force_login(writer)
    response = client.post(change_url(draft), admin_form_data(draft, title="Tin có ký tự\x07 lạ"))
    assert response.status_code == 200
    assert "Nội dung có ký tự điều khiển không hợp lệ (mã 7)." in response.text
    assert Article.objects.get(pk=draft.pk).title == draft.title
