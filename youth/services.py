"""Write operations on meetings and tasks: the workflow rules, in one place."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from news.models import Article, Category
from youth.models import Meeting, ProgressReport, Reopening, Target, TargetReading, Task, TaskChange, is_leader
from youth.permissions import can_finalise, can_manage, can_report, person_of
from youth.story import compose_story

# Where a meeting's news story goes unless the user picks another category.
DEFAULT_STORY_CATEGORY = "Hoạt động đoàn thể"
DEFAULT_STORY_CATEGORY_SLUG = "hoat-dong-doan-the"


@transaction.atomic
def assign_task(*, by, title, lead_person=None, lead_unit=None, meeting=None, group="", order=1,
                description="", start_date=None, deadline=None, priority=Task.Priority.NORMAL,
                coordinating_units=(), followers=(), targets=(), assigner=None):
    """Create a task assigned by a leader (assigner: who assigned it, default the leader's own record).

    targets are dicts of metric, unit, target_value.
    """
    if not is_leader(by):
        raise PermissionDenied(_("Only leaders may assign tasks."))
    task = Task(
        title=title, lead_person=lead_person, lead_unit=lead_unit, meeting=meeting, group=group, order=order,
        description=description, start_date=start_date or timezone.localdate(), deadline=deadline,
        priority=priority, assigner=assigner or person_of(by),
    )
    task.full_clean()
    task.save()
    task.coordinating_units.set(coordinating_units)
    task.followers.set(followers)
    for position, fields in enumerate(targets, start=1):
        target = Target(task=task, order=position, **fields)
        target.full_clean()
        target.save()
    return task


# The fields of a task a leader may change with update_task (the state and dates of completion follow the workflow).
EDITABLE_FIELDS = frozenset({"meeting", "group", "order", "title", "description", "lead_person", "lead_unit",
                             "start_date", "deadline", "priority", "assigner"})
CLOSED_STATES = (Task.State.DONE, Task.State.CANCELLED)


class TaskEditConflict(ValidationError):
    """Someone else saved the task after this edit began; current is the stored task."""

    def __init__(self, message, *, current):
        super().__init__(message, code="conflict")
        self.current = current


def _bump_revision(task, expected):
    """Move the task's revision on from expected; False when it is no longer expected (a rival save).

    A conditional UPDATE is atomic on every database, row lock or not.
    """
    if not Task.objects.filter(pk=task.pk, revision=expected).update(revision=expected + 1):
        return False
    task.revision = expected + 1
    return True


def claim_revision(*, task, base_revision):
    """Record a save of the task from base_revision (the admin's), refusing it if someone saved since."""
    if not _bump_revision(task, base_revision):
        raise TaskEditConflict(_("Someone else saved this task after you opened it. Your changes have not "
                                 "been saved."), current=Task.objects.get(pk=task.pk))


def _locked_task(task):
    """Return the task's row, locked until the transaction ends, so two leaders' changes cannot cross."""
    return Task.objects.select_for_update().get(pk=task.pk)


@transaction.atomic
def update_task(*, task, by, coordinating_units=None, followers=None, targets=None, base_revision=None, **fields):
    """Edit a task from the work area: its fields, coordinating units, followers and targets.

    fields: any of EDITABLE_FIELDS. Once a task has a deadline or has been reported complete,
    its deadline moves only by an extension with a reason (extend_task), never a silent edit.
    targets: dicts of metric, unit, target_value, with "target" set to the existing Target for
    a row that edits one; new rows are appended; targets left out are kept as they are (their
    readings are history). None for coordinating_units, followers or targets leaves them
    unchanged. base_revision: the task's revision when the edit began; a save since then
    refuses the edit (TaskEditConflict) instead of overwriting it.
    """
    if not can_manage(by, task):
        raise PermissionDenied(_("Only leaders may change tasks."))
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"update_task() cannot change {', '.join(sorted(unknown))}")
    current = _locked_task(task)
    if current.state in CLOSED_STATES:
        raise ValidationError(_("This task is closed (%(state)s); it can no longer be changed.")
                              % {"state": current.get_state_display()})
    if "deadline" in fields and current.completed_on is not None and fields["deadline"] != current.deadline:
        raise ValidationError({"deadline": _("This task has been reported complete; its deadline can no longer "
                                             "be changed.")})
    if "deadline" in fields and current.deadline is not None and fields["deadline"] != current.deadline:
        raise ValidationError({"deadline": _("Use “Extend the deadline” on the task's page to move the deadline; "
                                             "the reason is kept.")})
    expected = current.revision if base_revision is None else base_revision
    if not _bump_revision(current, expected):
        raise TaskEditConflict(_("Someone else saved this task after you opened it. Your changes have not "
                                 "been saved."), current=current)
    task.revision = current.revision
    for name, value in fields.items():
        setattr(task, name, value)
    task.full_clean()
    # Only the edited fields: the state, completion and confirmation stay as the workflow left them.
    task.save(update_fields=[*fields, "revision", "updated_at"])
    if coordinating_units is not None:
        task.coordinating_units.set(coordinating_units)
    if followers is not None:
        task.followers.set(followers)
    if targets is not None:
        _save_targets(task, targets)
    return task


def _save_targets(task, rows):
    existing = {target.pk: target for target in task.targets.all()}
    position = max((target.order for target in existing.values()), default=0)
    for row in rows:
        row = dict(row)
        given = row.pop("target", None)
        if given is not None:
            target = existing.get(given.pk)
            if target is None:
                raise ValidationError(_("This target does not belong to the task."))
        else:
            position += 1
            target = Target(task=task, order=position)
        for name in ("metric", "unit", "target_value"):
            if name in row:
                setattr(target, name, row[name])
        target.full_clean()
        target.save()


@transaction.atomic
def extend_task(*, task, new_deadline, reason, by):
    """Move a task's deadline later, keeping the old and new deadline, the reason, who and when (TaskChange).

    Timeliness is then judged against the new deadline (see youth.timeliness). Refused, with
    the message on the field it concerns: a new deadline before the start date, already past,
    or not after the current deadline; an empty reason; a task closed or already reported
    complete (an extension must not turn a late completion into an on-time one).
    """
    if not can_manage(by, task):
        raise PermissionDenied(_("Only leaders may extend tasks."))
    current = _locked_task(task)
    if current.state in CLOSED_STATES:
        raise ValidationError(_("This task is closed (%(state)s); its deadline can no longer be extended.")
                              % {"state": current.get_state_display()})
    if current.completed_on is not None:
        raise ValidationError(_("This task has been reported complete; its deadline can no longer be extended."))
    errors = {}
    reason = (reason or "").strip()
    if not reason:
        errors["reason"] = _("Give the reason for the extension.")
    if new_deadline is None:
        errors["new_deadline"] = _("Enter the new deadline.")
    elif new_deadline < current.start_date:
        errors["new_deadline"] = _("The new deadline cannot be before the start date (%(date)s).") % {
            "date": current.start_date.strftime("%d/%m/%Y")}
    elif current.deadline is not None and new_deadline <= current.deadline:
        errors["new_deadline"] = _("The new deadline must be after the current deadline (%(date)s).") % {
            "date": current.deadline.strftime("%d/%m/%Y")}
    elif new_deadline < timezone.localdate():
        errors["new_deadline"] = _("The new deadline has already passed.")
    if errors:
        raise ValidationError(errors)
    change = TaskChange.objects.create(task=current, kind=TaskChange.Kind.EXTENDED, old_deadline=current.deadline,
                                       new_deadline=new_deadline, reason=reason, changed_by=by)
    current.deadline, current.revision = new_deadline, current.revision + 1  # an edit form opened before is stale
    current.save(update_fields=["deadline", "revision", "updated_at"])
    task.deadline, task.revision, task.updated_at = current.deadline, current.revision, current.updated_at
    return change


@transaction.atomic
def cancel_task(*, task, reason, by):
    """Cancel a task, keeping the state it had, the reason, who and when (TaskChange).

    A cancelled task leaves the dashboard, the reports and the reminders (TaskQuerySet.active)
    but stays readable with its history. A task already done or cancelled cannot be cancelled.
    """
    if not can_manage(by, task):
        raise PermissionDenied(_("Only leaders may cancel tasks."))
    current = _locked_task(task)
    if current.state == Task.State.DONE:
        raise ValidationError(_("This task is done; it cannot be cancelled."))
    if current.state == Task.State.CANCELLED:
        raise ValidationError(_("This task is already cancelled."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason for cancelling the task.")})
    change = TaskChange.objects.create(task=current, kind=TaskChange.Kind.CANCELLED, old_state=current.state,
                                       new_state=Task.State.CANCELLED, reason=reason, changed_by=by)
    current.state = Task.State.CANCELLED
    current.save(update_fields=["state", "updated_at"])
    task.state, task.updated_at = current.state, current.updated_at
    return change


@transaction.atomic
def report_progress(*, task, by, percent, outlook=ProgressReport.Outlook.ON_TRACK, narrative="",
                    reported_on=None, actual_values=None):
    """Record a progress report by the task's lead, update targets and move the workflow state.

    At 100 percent the task waits for a leader's confirmation. Timeliness is judged
    on the day the completion was reported (the server's date), never on the date
    typed in the report, and a report may not be dated in the future or before the
    task's last report: either would let a late task pass as done on time.
    """
    if not can_report(by, task):
        raise PermissionDenied(_("Only the lead of this task may report its progress."))
    if task.state in (Task.State.DONE, Task.State.CANCELLED):
        raise ValidationError(_("This task is closed; progress can no longer be reported."))
    today = timezone.localdate()
    reported_on = reported_on or today
    check_report_date(task=task, reported_on=reported_on, today=today)
    report = ProgressReport(task=task, percent=percent, outlook=outlook, narrative=narrative,
                            reported_on=reported_on, author=person_of(by))
    report.full_clean()
    report.save()
    targets = {target.pk: target for target in task.targets.all()}
    for target_id, value in (actual_values or {}).items():
        target = targets.get(int(target_id))
        if target is None or value is None:
            continue
        value = Decimal(value)
        if value < 0:
            raise ValidationError(_("Actual values cannot be negative."))
        TargetReading.objects.create(report=report, target=target, value=value)
        target.actual_value = value
        target.save(update_fields=["actual_value"])
    if percent >= 100:
        task.state, task.completed_on = Task.State.AWAITING, today
    else:
        task.state, task.completed_on = Task.State.IN_PROGRESS, None
    task.save(update_fields=["state", "completed_on", "updated_at"])
    return report


def check_report_date(*, task, reported_on, today):
    """Raise ValidationError if a report on the task may not carry this date."""
    if reported_on > today:
        raise ValidationError(_("The report date cannot be in the future."), code="future")
    last = task.reports.order_by("-reported_on").values_list("reported_on", flat=True).first()
    if last is not None and reported_on < last:
        raise ValidationError(
            _("The report date cannot be before the last report (%(date)s).") % {"date": last.strftime("%d/%m/%Y")},
            code="before_last",
        )


@transaction.atomic
def confirm_completion(*, task, by, accept=True):
    """Let a leader accept a reported completion, or send the task back to work."""
    if not is_leader(by):
        raise PermissionDenied(_("Only leaders may confirm completion."))
    if task.state != Task.State.AWAITING:
        raise ValidationError(_("Only a task awaiting confirmation can be confirmed."))
    if accept:
        task.state, task.confirmed_by = Task.State.DONE, by
    else:
        task.state, task.completed_on, task.confirmed_by = Task.State.IN_PROGRESS, None, None
    task.save(update_fields=["state", "completed_on", "confirmed_by", "updated_at"])
    return task


@transaction.atomic
def finalise_minutes(*, meeting, by):
    """Lock the minutes of a held meeting."""
    if not can_finalise(by, meeting):
        raise PermissionDenied(_("Only leaders or the meeting's secretary may finalise the minutes."))
    if meeting.state != Meeting.State.HELD:
        raise ValidationError(_("Only the minutes of a meeting that has been held can be finalised."))
    meeting.state, meeting.finalised_at, meeting.finalised_by = Meeting.State.FINALISED, timezone.now(), by
    meeting.save(update_fields=["state", "finalised_at", "finalised_by"])
    return meeting


@transaction.atomic
def reopen_minutes(*, meeting, by, reason):
    """Unlock finalised minutes, recording who did it and why."""
    if not is_leader(by):
        raise PermissionDenied(_("Only leaders may reopen finalised minutes."))
    if meeting.state != Meeting.State.FINALISED:
        raise ValidationError(_("These minutes are not finalised."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for reopening the minutes."))
    Reopening.objects.create(meeting=meeting, reason=reason, reopened_by=by)
    meeting.state, meeting.finalised_at, meeting.finalised_by = Meeting.State.HELD, None, None
    meeting.save(update_fields=["state", "finalised_at", "finalised_by"])
    return meeting



@transaction.atomic
def draft_article_from_meeting(*, meeting, by, category=None):
    """Create the meeting's draft news story once; return (article, created).

    The article starts in Nháp and follows the editorial workflow; the meeting points to it, and
    a second call returns the same article instead of writing another.
    """
    # Locks the meeting row so two clicks at once still write one story.
    meeting = (Meeting.objects.select_for_update(of=("self",))
               .select_related("organiser", "chair", "secretary").get(pk=meeting.pk))
    if meeting.article_id is not None:
        return meeting.article, False
    if category is None:
        category = Category.objects.filter(slug=DEFAULT_STORY_CATEGORY_SLUG).first()
        if category is None:
            category, _created = Category.objects.get_or_create(name=DEFAULT_STORY_CATEGORY)
    writer = meeting.secretary or person_of(by)
    story = compose_story(meeting, writer=writer)
    article = Article.objects.create(title=story.title, category=category, body=story.body, byline=story.byline,
                                     status=Article.Status.DRAFT, author=by)
    meeting.article = article
    meeting.save(update_fields=["article"])
    return article, True
