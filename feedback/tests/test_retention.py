"""Personal data is erased after the retention period stated on the form; the code then expires."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.files.checks import check_citizen_attachment
from core.testing.factories import pdf_upload
from feedback.models import Submission
from feedback.tests.factories import ASKER, make_answer, make_submission

pytestmark = pytest.mark.django_db


def age(submission, *, years):
    Submission.objects.filter(pk=submission.pk).update(
        answered_at=timezone.now() - datetime.timedelta(days=365 * years + 1))


def test_old_answered_submissions_lose_personal_data_and_their_code_expires(client, field):
    old = make_answer(title="Câu hỏi cũ", attachment=check_citizen_attachment(pdf_upload()), show_name=True)
    attachment_path = old.attachment.path
    recent = make_answer(title="Câu hỏi mới")
    still_open = make_submission(title="Chưa trả lời")
    age(old, years=5)
    age(recent, years=4)
    out = StringIO()
    call_command("purge_feedback", stdout=out)
    assert "1 submission(s)" in out.getvalue()
    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.address, old.show_name) == ("", "", "", "", False)
    assert not old.attachment and not __import__("os").path.exists(attachment_path)
    recent.refresh_from_db()
    assert recent.email == ASKER["email"]
    # The published answer stays; the code no longer opens anything.
    assert client.get(old.get_absolute_url()).status_code == 200
    assert client.get("/hoi-dap/tra-cuu/", {"ma": old.code}).status_code == 404
    assert client.get("/hoi-dap/tra-cuu/", {"ma": still_open.code}).status_code == 200


def test_a_second_run_erases_nothing_more(field):
    age(make_answer(), years=6)
    assert call_command("purge_feedback", stdout=StringIO()) is None
    out = StringIO()
    call_command("purge_feedback", stdout=out)
    assert "0 submission(s)" in out.getvalue()
