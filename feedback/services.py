"""The rules of handling a submission, in one place: receive, assign, reply, approve, refuse."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import mail
from core.dates.workdays import add_working_days
from core.failures.diskfull import discard, save_field_file
from feedback.codes import new_code
from feedback.models import Step, Submission

logger = logging.getLogger(__name__)


def due_date(received_at):
    """Return the day an answer is due: settings.FEEDBACK_ANSWER_WORKING_DAYS working days after receipt."""
    return add_working_days(timezone.localdate(received_at), settings.FEEDBACK_ANSWER_WORKING_DAYS)


def submit(*, data, attachment=None):
    """Save a citizen's submission with a fresh tracking code and its first step; send the receipt.

    Raises core.failures.diskfull.StorageFull if the attachment cannot be written; if the rows cannot be
    saved (e.g. a read-only database) the stored attachment is removed before the error goes on.
    """
    now = timezone.now().replace(microsecond=0)
    submission = Submission(**data, received_at=now, consent_at=now, due_on=due_date(now))
    if attachment is not None:
        save_field_file(submission.attachment, attachment)
    try:
        return _save_submission(submission, now=now)
    except BaseException:
        # No row points to the file: do not leave it behind.
        discard(submission.attachment.storage, submission.attachment.name)
        raise


@transaction.atomic
def _save_submission(submission, *, now):
    for _attempt in range(5):
        submission.code = new_code(timezone.localdate(now).year)
        try:
            with transaction.atomic():
                submission.save()
            break
        except IntegrityError:  # the same random code twice: draw again
            submission.pk = None
    else:
        raise RuntimeError("Could not draw a free tracking code")
    Step.objects.create(submission=submission, action=Step.Action.RECEIVED, at=now)
    if submission.email:
        transaction.on_commit(lambda: send_receipt(submission))
    return submission


def send_receipt(submission):
    """E-mail the asker the tracking code and where to follow the submission (plain text)."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Received: %(title)s (code %(code)s)") % {"title": submission.title[:80],
                                                               "code": submission.code}
        body = render_to_string("feedback/email/receipt.txt", {
            "submission": submission, "track_url": settings.SITE_URL + "/hoi-dap/tra-cuu/",
        })
    try:
        mail.send(to=[submission.email], subject=subject, text=body)
    except Exception:
        # The submission is saved and its code shown on screen; a mail server outage must not lose it.
        logger.exception("Could not send the receipt of submission %s", submission.pk)


def _step(submission, action, actor, note=""):
    return Step.objects.create(submission=submission, action=action, actor=actor, note=note)


@transaction.atomic
def assign(*, submission, unit, actor):
    """Give the submission to a unit; an open submission is then being handled."""
    submission.unit = unit
    if submission.status == Submission.Status.RECEIVED:
        submission.status = Submission.Status.IN_PROGRESS
    submission.save()
    _step(submission, Step.Action.ASSIGNED, actor, str(unit))


@transaction.atomic
def write_reply(*, submission, answer, actor):
    """Save the reply text (sanitised on save); it stays private until approved."""
    if not submission.is_open and submission.status != Submission.Status.ANSWERED:
        raise ValidationError(_("A submission marked not within our competence takes no reply."))
    submission.answer = answer
    if submission.status == Submission.Status.RECEIVED:
        submission.status = Submission.Status.IN_PROGRESS
    submission.save()
    _step(submission, Step.Action.REPLIED, actor)


@transaction.atomic
def approve(*, submission, actor, publish=True):
    """Approve the reply: the asker sees it with the code, and the public list shows it if publish."""
    if not submission.answer.strip():
        raise ValidationError(_("Write the reply before approving it."))
    if submission.status == Submission.Status.NOT_COMPETENT:
        raise ValidationError(_("A submission marked not within our competence takes no reply."))
    now = timezone.now().replace(microsecond=0)
    submission.status = Submission.Status.ANSWERED
    submission.answered_at = submission.answered_at or now
    _step(submission, Step.Action.APPROVED, actor)
    if publish and submission.published_at is None:
        submission.published_at = now
        _step(submission, Step.Action.PUBLISHED, actor)
    submission.save()


@transaction.atomic
def unpublish(*, submission, actor):
    """Take an answer off the public list (the asker still sees it with the code)."""
    if submission.published_at is not None:
        submission.published_at = None
        submission.save()
        _step(submission, Step.Action.UNPUBLISHED, actor)


@transaction.atomic
def mark_not_competent(*, submission, reason, refer_to, actor):
    """Close the submission as outside the department's competence, saying why and where to turn."""
    if not reason.strip():
        raise ValidationError(_("Say why the submission is not within our competence."))
    submission.status = Submission.Status.NOT_COMPETENT
    submission.refusal_reason = reason
    submission.refer_to = refer_to
    submission.published_at = None
    submission.answered_at = timezone.now()
    submission.save()
    _step(submission, Step.Action.NOT_COMPETENT, actor, reason)


@transaction.atomic
def change_due_date(*, submission, due_on, actor):
    """Move the due date (e.g. a public holiday, or an extension the law allows), and say so."""
    old = submission.due_on
    submission.due_on = due_on
    submission.save()
    _step(submission, Step.Action.DUE_DATE, actor, f"{old:%d/%m/%Y} → {due_on:%d/%m/%Y}")


@transaction.atomic
def purge_personal_data(*, now=None):
    """Erase the asker's details and attachment of submissions past the retention period; return how many.

    The question and answer stay (a published answer stays public); the tracking code stops working.
    """
    now = now or timezone.now()
    count = 0
    for submission in Submission.objects.due_for_purge(now).select_for_update():
        if submission.attachment:
            submission.attachment.delete(save=False)
        submission.name, submission.email, submission.phone, submission.address = "", "", "", ""
        submission.show_name = False
        submission.purged_at = now
        submission.save()
        count += 1
    return count
