"""Staff handle submissions in the admin: every step recorded with who and when; overdue first."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from feedback.models import Step, Submission
from feedback.tests.factories import make_submission
from organisation.tests.factories import make_unit

pytestmark = pytest.mark.django_db


def change_url(submission):
    return reverse("admin:feedback_submission_change", args=[submission.pk])


def post_change(client, submission, button=None, **fields):
    data = {
        "unit": submission.unit_id or "", "due_on": submission.due_on.strftime("%d/%m/%Y"),
        "answer": submission.answer, "public_question": submission.public_question,
        "refusal_reason": submission.refusal_reason, "refer_to": submission.refer_to, "publish": "on",
        "steps-TOTAL_FORMS": "0", "steps-INITIAL_FORMS": str(submission.steps.count()),
        "steps-MIN_NUM_FORMS": "0", "steps-MAX_NUM_FORMS": "1000",
        **fields,
    }
    if button:
        data[button] = "1"
    return client.post(change_url(submission), data)


def test_assign_reply_and_approve_are_recorded_with_who_and_when(client, handler):
    client.force_login(handler)
    submission = make_submission()
    unit = make_unit(name="Phòng Nghiệp vụ và Tổ chức thi hành án")
    assert post_change(client, submission, unit=unit.pk).status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.IN_PROGRESS and submission.unit == unit

    submission.unit = unit
    response = post_change(client, submission, "_approve", answer="<p>Trả lời <script>x()</script>đây.</p>")
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.ANSWERED
    assert submission.published_at is not None
    assert "<script>" not in submission.answer and "Trả lời" in submission.answer
    steps = list(submission.steps.values_list("action", "actor__username"))
    assert steps == [
        (Step.Action.RECEIVED, None), (Step.Action.ASSIGNED, "tiepdan"), (Step.Action.REPLIED, "tiepdan"),
        (Step.Action.APPROVED, "tiepdan"), (Step.Action.PUBLISHED, "tiepdan"),
    ]
    assert all(step.at for step in submission.steps.all())


def test_approving_without_a_reply_is_refused_with_everything_typed_kept(client, handler):
    client.force_login(handler)
    submission = make_submission()
    response = post_change(client, submission, "_approve", answer="", public_question="Bản rút gọn câu hỏi")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hãy viết câu trả lời trước khi duyệt." in page and "Bản rút gọn câu hỏi" in page
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RECEIVED and submission.public_question == ""


def test_not_within_competence_needs_a_reason_then_closes_the_submission(client, handler):
    client.force_login(handler)
    submission = make_submission()
    response = post_change(client, submission, "_not_competent", refer_to="Tòa án")
    assert response.status_code == 200 and "Hãy nêu lý do" in response.content.decode()
    post_change(client, submission, "_not_competent", refusal_reason="Việc dân sự chưa có bản án.",
                refer_to="Tòa án nhân dân huyện")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NOT_COMPETENT
    assert submission.steps.filter(action=Step.Action.NOT_COMPETENT, actor=handler).exists()


def test_moving_the_due_date_is_recorded(client, handler):
    client.force_login(handler)
    submission = make_submission()
    new_day = submission.due_on + datetime.timedelta(days=7)
    post_change(client, submission, due_on=new_day.strftime("%d/%m/%Y"))
    submission.refresh_from_db()
    assert submission.due_on == new_day
    assert submission.steps.get(action=Step.Action.DUE_DATE).note.endswith(new_day.strftime("%d/%m/%Y"))


def test_the_list_shows_overdue_submissions_first(client, handler):
    client.force_login(handler)
    today = timezone.localdate()
    later = make_submission(title="Còn hạn")
    late = make_submission(title="Quá hạn rồi")
    Submission.objects.filter(pk=late.pk).update(due_on=today - datetime.timedelta(days=2))
    page = client.get(reverse("admin:feedback_submission_changelist")).content.decode()
    assert page.index("Quá hạn rồi") < page.index("Còn hạn")
    assert "quá hạn" in page
    overdue_only = client.get(reverse("admin:feedback_submission_changelist"), {"han": "qua-han"}).content.decode()
    assert "Quá hạn rồi" in overdue_only and later.title not in overdue_only


def test_staff_may_download_the_attachment_and_citizens_may_not(client, handler, django_user_model):
    from core.files.checks import check_citizen_attachment
    from core.testing.factories import pdf_upload

    submission = make_submission(attachment=check_citizen_attachment(pdf_upload()))
    url = reverse("feedback:attachment", args=[submission.pk])
    assert client.get(url).status_code == 302  # to the login page
    other = django_user_model.objects.create_user("khac", password="x" * 12, is_staff=True)
    client.force_login(other)
    assert client.get(url).status_code == 404
    client.force_login(handler)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_submissions_cannot_be_added_in_the_admin(client, handler):
    client.force_login(handler)
    assert client.get(reverse("admin:feedback_submission_add")).status_code == 403


def test_a_plain_save_keeps_draft_texts(client, handler):
    client.force_login(handler)
    submission = make_submission()
    post_change(client, submission, refusal_reason="Nháp lý do", refer_to="Nháp nơi gửi",
                public_question="Bản rút gọn")
    submission.refresh_from_db()
    assert (submission.refusal_reason, submission.refer_to, submission.public_question) == (
        "Nháp lý do", "Nháp nơi gửi", "Bản rút gọn")
    assert submission.status == Submission.Status.RECEIVED
