"""Tasks assigned from meetings, their quantified targets and progress reports."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from organisation.models import Person, Unit
from youth import timeliness as tl
from youth.models.meetings import Meeting

TIMELINESS_LABELS = {
    tl.Timeliness.ON_TIME: _("On time"),
    tl.Timeliness.DUE_SOON: _("Due soon"),
    tl.Timeliness.OVERDUE: _("Overdue"),
    tl.Timeliness.DONE_ON_TIME: _("Done on time"),
    tl.Timeliness.DONE_LATE: _("Done late"),
    tl.Timeliness.NO_DEADLINE: _("No deadline"),
}
TIMELINESS_CHOICES = [(value.value, TIMELINESS_LABELS[value]) for value in tl.URGENCY]

# The group seeded with the leader role (migrations 0002 and 0007); only a default, never the role itself.
LEADERS_GROUP = "Lãnh đạo"
# The leader role. A permission, not a group name: anyone with auth.change_group can take a name.
LEAD_PERMISSION = "youth.lead_work"


def is_leader(user):
    """Return True if the user may create and assign tasks and reopen minutes."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_youth_is_leader", None)
    if cached is None:
        cached = user._youth_is_leader = user.has_perm(LEAD_PERMISSION)
    return cached


class TaskQuerySet(models.QuerySet):
    def active(self):
        """Return the tasks that count in reports: everything but cancelled ones."""
        return self.exclude(state=Task.State.CANCELLED)

    def with_timeliness(self, today=None):
        """Annotate `timeliness`, `urgency` and `responsible_unit_id`, mirroring youth.timeliness."""
        today = today or timezone.localdate()
        soon = today + datetime.timedelta(days=tl.DUE_SOON_DAYS)
        done = Q(completed_on__isnull=False)
        timeliness = Case(
            When(done & Q(deadline__isnull=True), then=Value(tl.Timeliness.DONE_ON_TIME.value)),
            When(done & Q(completed_on__lte=F("deadline")), then=Value(tl.Timeliness.DONE_ON_TIME.value)),
            When(done, then=Value(tl.Timeliness.DONE_LATE.value)),
            When(deadline__isnull=True, then=Value(tl.Timeliness.NO_DEADLINE.value)),
            When(deadline__lt=today, then=Value(tl.Timeliness.OVERDUE.value)),
            When(deadline__lte=soon, then=Value(tl.Timeliness.DUE_SOON.value)),
            default=Value(tl.Timeliness.ON_TIME.value),
            output_field=models.CharField(),
        )
        urgency = Case(
            *[When(timeliness_value=value.value, then=Value(rank)) for rank, value in enumerate(tl.URGENCY)],
            output_field=IntegerField(),
        )
        return (
            self.annotate(timeliness_value=timeliness)
            .annotate(urgency=urgency, responsible_unit_id=Coalesce("lead_unit_id", "lead_person__unit_id"))
        )

    def with_extension_flag(self):
        """Annotate `was_extended`: True when a leader has extended the deadline (lists say so)."""
        extensions = TaskChange.objects.filter(task=models.OuterRef("pk"), kind=TaskChange.Kind.EXTENDED)
        return self.annotate(was_extended=models.Exists(extensions))

    def by_urgency(self):
        """Order overdue first, then due soon, then by deadline (needs with_timeliness)."""
        return self.order_by("urgency", F("deadline").asc(nulls_last=True), "group", "order", "pk")

    def visible_to(self, user):
        """Return the tasks a user may read: all for leaders, else those touching them or their unit."""
        if is_leader(user):
            return self
        person = getattr(user, "person", None) if user.is_authenticated else None
        if person is None:
            return self.none()
        involved = (
            Q(lead_person=person) | Q(followers=person) | Q(assigner=person)
        )
        if person.unit_id:
            involved |= (
                Q(lead_unit_id=person.unit_id) | Q(lead_person__unit_id=person.unit_id)
                | Q(coordinating_units=person.unit_id)
            )
        ids = Task.objects.filter(involved).values("pk")
        return self.filter(pk__in=ids)

    def led_by(self, person):
        """Return the tasks a person leads: by name, or through their unit when no person is named."""
        own = Q(lead_person=person)
        if person.unit_id:
            own |= Q(lead_person__isnull=True, lead_unit_id=person.unit_id)
        return self.filter(own)


class Task(models.Model):
    class State(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        AWAITING = "awaiting", _("Awaiting confirmation")
        DONE = "done", _("Done")
        PAUSED = "paused", _("Paused")
        CANCELLED = "cancelled", _("Cancelled")

    class Priority(models.IntegerChoices):
        LOW = 1, _("Low")
        NORMAL = 2, _("Normal")
        HIGH = 3, _("High")
        URGENT = 4, _("Urgent")

    meeting = models.ForeignKey(Meeting, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="tasks", verbose_name=_("source meeting"))
    source_document = models.CharField(_("source document"), max_length=200, blank=True,
                                       help_text=_("Number and date of the directing document, if any."))
    group = models.CharField(_("task group"), max_length=200, blank=True, help_text=_('e.g. "Nhóm 1".'))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    assigner = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="assigned_tasks", verbose_name=_("assigned by"))
    lead_person = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="led_tasks", verbose_name=_("lead person"))
    lead_unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="led_tasks", verbose_name=_("lead unit"))
    coordinating_units = models.ManyToManyField(Unit, blank=True, related_name="coordinated_tasks",
                                                verbose_name=_("coordinating units"))
    followers = models.ManyToManyField(Person, blank=True, related_name="followed_tasks",
                                       verbose_name=_("followers"))
    start_date = models.DateField(_("start date"), default=timezone.localdate)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    priority = models.PositiveSmallIntegerField(_("priority"), choices=Priority.choices,
                                                default=Priority.NORMAL)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.NOT_STARTED)
    completed_on = models.DateField(
        _("completed on"), null=True, blank=True,
        help_text=_("The day the lead reported the task complete; timeliness is judged on it."),
    )
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                     blank=True, related_name="+", verbose_name=_("completion confirmed by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Bumped by every edit (youth.services.update_task, extend_task, the admin): the token that refuses lost updates.
    revision = models.PositiveIntegerField(_("revision"), default=0, editable=False)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "group", "order", "pk"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        indexes = [models.Index(fields=["state", "deadline"], name="task_state_deadline_idx")]
        permissions = [("lead_work", _("Can lead the work area"))]

    def __str__(self):
        return f"{self.group}: {self.title}" if self.group else self.title

    def get_absolute_url(self):
        return reverse("youth:task", kwargs={"pk": self.pk})

    def clean(self):
        errors = {}
        if self.deadline and self.start_date and self.deadline < self.start_date:
            errors["deadline"] = _("The deadline cannot be before the start date.")
        if not self.lead_person_id and not self.lead_unit_id:
            errors["lead_unit"] = _("Name a lead person or a lead unit.")
        if errors:
            raise ValidationError(errors)

    def timeliness(self, today=None):
        """Return the derived timeliness (youth.timeliness.Timeliness) on a day."""
        return tl.derive(deadline=self.deadline, completed_on=self.completed_on,
                         today=today or timezone.localdate())

    def timeliness_label(self, today=None):
        return TIMELINESS_LABELS[self.timeliness(today)]

    def colour(self, today=None):
        return tl.colour(self.timeliness(today), started=self.state != self.State.NOT_STARTED)

    @property
    def lead_label(self):
        """Return who leads the task: the unit and the person, whichever are set ("Chi đoàn – Tuấn Linh")."""
        return " – ".join(str(lead) for lead in (self.lead_unit, self.lead_person) if lead)


class Target(models.Model):
    """A quantified target of a task (chỉ tiêu)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="targets", verbose_name=_("task"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    metric = models.CharField(_("metric"), max_length=200, help_text=_('e.g. "Số môn thi đấu".'))
    unit = models.CharField(_("unit of measure"), max_length=40, blank=True, help_text=_('e.g. "môn", "đội".'))
    target_value = models.DecimalField(
        _("target value"), max_digits=12, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)], help_text=_("Left empty until the figure is agreed."),
    )
    actual_value = models.DecimalField(_("actual value"), max_digits=12, decimal_places=2, default=0,
                                       validators=[MinValueValidator(0)])

    class Meta:
        ordering = ["task", "order", "pk"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        return self.metric

    @property
    def percent(self):
        if not self.target_value:
            return None
        return round(float(self.actual_value) * 100 / float(self.target_value))


class ProgressReport(models.Model):
    class Outlook(models.TextChoices):
        ON_TRACK = "on_track", _("On track")
        AT_RISK = "at_risk", _("At risk")
        OFF_TRACK = "off_track", _("Off track")

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reports", verbose_name=_("task"))
    reported_on = models.DateField(_("report date"), default=timezone.localdate)
    percent = models.PositiveSmallIntegerField(
        _("percent complete"), validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    outlook = models.CharField(_("outlook"), max_length=20, choices=Outlook.choices, default=Outlook.ON_TRACK)
    narrative = models.TextField(_("narrative"), blank=True)
    author = models.ForeignKey(Person, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="progress_reports", verbose_name=pgettext_lazy("progress report", "author"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-reported_on", "-pk"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")

    def __str__(self):
        return f"{self.task} – {self.percent}%"


class TargetReading(models.Model):
    """The actual value of a target as given in one progress report (the history)."""

    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="readings",
                               verbose_name=_("progress report"))
    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="readings",
                               verbose_name=_("target"))
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)])

    class Meta:
        ordering = ["report", "target"]
        verbose_name = _("target reading")
        verbose_name_plural = _("target readings")

    def __str__(self):
        return f"{self.target}: {self.value}"


class TaskChange(models.Model):
    """A leader's adjustment of a task from the work area, kept with its reason (the "Lịch sử điều chỉnh").

    An extension keeps the deadline before and after; a cancellation keeps the state before and after.
    Rows are written by youth.services.extend_task and cancel_task and never changed afterwards.
    """

    class Kind(models.TextChoices):
        EXTENDED = "extended", _("Deadline extended")
        CANCELLED = "cancelled", _("Task cancelled")

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="changes", verbose_name=_("task"))
    kind = models.CharField(_("kind of change"), max_length=20, choices=Kind.choices)
    old_deadline = models.DateField(_("previous deadline"), null=True, blank=True)
    new_deadline = models.DateField(_("new deadline"), null=True, blank=True)
    old_state = models.CharField(_("previous state"), max_length=20, choices=Task.State.choices, blank=True)
    new_state = models.CharField(_("new state"), max_length=20, choices=Task.State.choices, blank=True)
    reason = models.TextField(_("reason"))
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("changed by"))
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("task adjustment")
        verbose_name_plural = _("task adjustments")

    def __str__(self):
        return f"{self.task} – {self.get_kind_display()} ({timezone.localtime(self.changed_at):%d/%m/%Y})"

    @property
    def changed_by_label(self):
        """Return who made the change: the staff record's name when the login has one, else the login."""
        user = self.changed_by
        if user is None:
            return "—"
        person = getattr(user, "person", None)
        return str(person) if person is not None else (user.get_full_name() or user.get_username())
