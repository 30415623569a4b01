"""Workflow e-mails as a mail client reads them (email.policy.default): sender, subject, date, text."""

import datetime
import email
from email import policy

import pytest
from django.core import mail

from news import workflow

LONG_TITLE = "Đảng ủy Cục làm việc với Ban Chấp hành Chi đoàn về phương hướng nhiệm vụ năm 2023 và các năm tới"


def parse(message):
    return email.message_from_bytes(message.message().as_bytes(), policy=policy.default)


@pytest.mark.django_db
def test_submission_mail_reads_back_with_sender_subject_date_and_text(
        draft, writer, approver, django_capture_on_commit_callbacks):
    draft.title = LONG_TITLE
    draft.save()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit_article(article=draft, by=writer)
        workflow.return_article(article=draft, by=approver, reason="Thiếu nguồn tin, bổ sung ảnh")
    submitted, returned = (parse(message) for message in mail.outbox)

    assert submitted["Subject"] == f"Chờ duyệt: {LONG_TITLE}"
    assert returned["Subject"] == f"Trả lại để chỉnh sửa: {LONG_TITLE}"
    for parsed in (submitted, returned):
        [sender] = parsed["From"].addresses
        assert sender.display_name == "Cổng TTĐT Thi hành án dân sự tỉnh Thanh Hóa"
        assert parsed["Date"].datetime.utcoffset() == datetime.timedelta(hours=7)
    assert [a.addr_spec for a in submitted["To"].addresses] == [approver.email]
    assert [a.addr_spec for a in returned["To"].addresses] == [writer.email]
    body = returned.get_body(("plain",)).get_content()
    assert "Thiếu nguồn tin, bổ sung ảnh" in body and f"“{LONG_TITLE}”" in body
    assert f"/admin/news/article/{draft.pk}/change/" in body
