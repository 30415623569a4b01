"""A workflow step never fails after it committed because of its e-mail."""

import logging

import pytest
from django.core import mail
from django.urls import reverse

from news import workflow
from news.models import Article
from news.tests.factories import make_article


@pytest.fixture
def crlf_draft(writer):
    return make_article(status="draft", author=writer, title="Tin mới\r\nBcc: ke-gian@example.com")


@pytest.mark.django_db
def test_a_title_with_line_breaks_gives_a_one_line_subject(client, crlf_draft, writer, approver,
                                                          django_capture_on_commit_callbacks):
    client.force_login(writer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:news_article_transition", args=[crlf_draft.pk, "submit"]),
                               {"revision": crlf_draft.revision})
    assert response.status_code == 302
    assert Article.objects.get(pk=crlf_draft.pk).status == "pending"
    [message] = mail.outbox
    assert message.to == [approver.email] and message.bcc == []
    assert "\n" not in message.subject and "\r" not in message.subject
    assert "Tin mới Bcc: ke-gian@example.com" in message.subject
    assert "Bcc" not in str(message.message()).split("\n\n", 1)[0].replace(message.subject, "")


@pytest.mark.django_db
def test_a_failing_mail_server_is_logged_and_the_step_stands(draft, writer, approver, settings,
                                                            django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "news.tests.test_notification_failures.BrokenBackend"
    records = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = records.append
    logging.getLogger().addHandler(handler)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            workflow.submit_article(article=draft, by=writer)
    finally:
        logging.getLogger().removeHandler(handler)
    assert Article.objects.get(pk=draft.pk).status == "pending"
    assert any("SMTP máy chủ không trả lời" in record.getMessage() for record in records)


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP máy chủ không trả lời")
