"""Each workflow step: its record, its e-mail, and scheduled publication at a frozen clock."""

import datetime
from unittest import mock

import pytest
from django.core import mail

from news import workflow
from news.models import Article, ArticleTransition
from news.tests.factories import local_datetime

NOON = local_datetime(2026, 3, 5, 12, 0)


@pytest.fixture
def frozen():
    """Freeze the clock at 12:00 on 05/03/2026 (Asia/Ho_Chi_Minh) everywhere Django asks for it."""
    with mock.patch("django.utils.timezone.now", return_value=NOON) as now:
        yield now


@pytest.fixture
def pending(draft, writer, django_capture_on_commit_callbacks, frozen):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit_article(article=draft, by=writer)
    mail.outbox.clear()
    return draft


def only_step(article):
    return ArticleTransition.objects.get(article=article)


def test_submit_records_the_step_and_tells_the_approvers(draft, writer, approver, section_editor,
                                                         django_capture_on_commit_callbacks, frozen):
    with django_capture_on_commit_callbacks(execute=True):
        step = workflow.submit_article(article=draft, by=writer)

    assert (step.actor, step.at, step.from_status, step.to_status, step.reason) == (
        writer, NOON, "draft", "pending", "")
    assert Article.objects.get(pk=draft.pk).status == "pending"
    assert [m.to for m in mail.outbox] == [[approver.email]]
    assert "Chờ duyệt" in mail.outbox[0].subject and draft.title in mail.outbox[0].subject


def test_return_records_the_reason_and_tells_the_writer(pending, writer, section_editor,
                                                        django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        workflow.return_article(article=pending, by=section_editor, reason="Thiếu nguồn tin")

    step = ArticleTransition.objects.get(article=pending, to_status="returned")
    assert (step.actor, step.from_status, step.reason) == (section_editor, "pending", "Thiếu nguồn tin")
    assert [m.to for m in mail.outbox] == [[writer.email]]
    assert "Thiếu nguồn tin" in mail.outbox[0].body


@pytest.mark.parametrize("reason", ["", "   "])
def test_return_and_take_down_need_a_reason(pending, approver, reason):
    with pytest.raises(workflow.WorkflowError, match="lý do"):
        workflow.return_article(article=pending, by=approver, reason=reason)
    workflow.publish_article(article=pending, by=approver)
    with pytest.raises(workflow.WorkflowError, match="lý do"):
        workflow.take_down_article(article=pending, by=approver, reason=reason)
    assert list(ArticleTransition.objects.filter(article=pending).values_list("to_status", flat=True)) == [
        "pending", "published"]


def test_publish_now_records_the_step_and_tells_the_writer(pending, writer, approver, frozen,
                                                           django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        step = workflow.publish_article(article=pending, by=approver)

    stored = Article.objects.get(pk=pending.pk)
    assert (stored.status, stored.published_at) == ("published", NOON)
    assert (step.from_status, step.to_status, step.scheduled_for) == ("pending", "published", None)
    assert [m.to for m in mail.outbox] == [[writer.email]]
    assert mail.outbox[0].subject.startswith("Đã xuất bản")


def test_take_down_records_the_reason(pending, approver):
    workflow.publish_article(article=pending, by=approver)
    step = workflow.take_down_article(article=pending, by=approver, reason="Thông tin chưa chính xác")
    assert (step.from_status, step.to_status, step.reason) == ("published", "taken_down", "Thông tin chưa chính xác")
    assert Article.objects.get(pk=pending.pk).status == "taken_down"


def test_a_step_from_the_wrong_state_is_refused_and_changes_nothing(draft, approver):
    with pytest.raises(workflow.WorkflowError, match="Nháp"):
        workflow.publish_article(article=draft, by=approver)
    assert Article.objects.get(pk=draft.pk).status == "draft"
    assert not ArticleTransition.objects.exists()


def test_a_stale_instance_cannot_replay_a_step(pending, approver, section_editor):
    stale = Article.objects.get(pk=pending.pk)
    workflow.return_article(article=pending, by=section_editor, reason="Sửa lại tiêu đề")
    with pytest.raises(workflow.WorkflowError):
        workflow.publish_article(article=stale, by=approver)
    assert Article.objects.get(pk=pending.pk).status == "returned"


class TestScheduledPublication:
    """A publication time in the future: "Hẹn giờ" until then, public from then on, with no job to run."""

    AT = local_datetime(2026, 3, 5, 18, 30)

    @pytest.fixture
    def scheduled(self, pending, approver, frozen, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            self.step = workflow.publish_article(article=pending, by=approver, at=self.AT)
        return Article.objects.get(pk=pending.pk)

    def test_the_step_records_the_time_and_the_writer_is_told(self, scheduled, writer):
        assert self.step.scheduled_for == self.AT
        assert mail.outbox[0].to == [writer.email]
        assert "18:30 05/03/2026" in mail.outbox[0].body

    def test_before_the_time_it_is_scheduled_and_not_public(self, scheduled, client, frozen):
        frozen.return_value = self.AT - datetime.timedelta(minutes=1)
        assert scheduled.is_scheduled and str(scheduled.state_label) == "Hẹn giờ"
        assert not Article.objects.published().filter(pk=scheduled.pk).exists()
        assert client.get(scheduled.get_absolute_url()).status_code == 404

    def test_from_the_time_on_it_is_public_by_itself(self, scheduled, client, frozen):
        frozen.return_value = self.AT
        assert not scheduled.is_scheduled and str(scheduled.state_label) == "Đã xuất bản"
        assert Article.objects.published().filter(pk=scheduled.pk).exists()
        response = client.get(scheduled.get_absolute_url())
        assert response.status_code == 200
        assert scheduled.title in response.text

    def test_the_approver_may_reschedule_or_take_it_down_before_the_time(self, scheduled, approver):
        later = self.AT + datetime.timedelta(days=1)
        workflow.publish_article(article=scheduled, by=approver, at=later)
        assert Article.objects.get(pk=scheduled.pk).published_at == later
        workflow.take_down_article(article=scheduled, by=approver, reason="Hoãn đăng")
        assert Article.objects.get(pk=scheduled.pk).status == "taken_down"


def test_no_mail_goes_to_users_without_an_address(draft, writer, approver, django_capture_on_commit_callbacks):
    approver.email = ""
    approver.save()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit_article(article=draft, by=writer)
    assert mail.outbox == []

