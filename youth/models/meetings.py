"""Meetings and their minutes: attendance, guests, agenda, discussion, conclusions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.caching.pagecache import PublicQuerySet
from organisation.models import Person, Unit


class Meeting(models.Model):
    class Kind(models.TextChoices):
        REGULAR = "regular", _("Regular branch meeting")
        WORKING = "working", _("Working session")
        CONFERENCE = "conference", _("Conference")
        CONGRESS = "congress", _("Congress")

    class State(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        FINALISED = "finalised", _("Minutes finalised")

    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.REGULAR)
    starts_at = models.DateTimeField(_("start"))
    ends_at = models.DateTimeField(_("end"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    organiser = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="meetings", verbose_name=_("organising unit"))
    chair = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True,
                              related_name="chaired_meetings", verbose_name=_("chair"))
    secretary = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="minuted_meetings", verbose_name=_("secretary"))
    notice_issuer = models.ForeignKey(
        Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("body issuing the conclusion notice"),
        help_text=_("Left empty, the chair's own unit issues it."),
    )
    document_number = models.CharField(_("document number"), max_length=60, blank=True,
                                       help_text=_('e.g. "05-BB/ĐTN".'))
    conclusions = models.TextField(_("chair's conclusions"), blank=True)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.PLANNED)
    finalised_at = models.DateTimeField(_("minutes finalised at"), null=True, blank=True, editable=False)
    finalised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                     blank=True, editable=False, related_name="+",
                                     verbose_name=_("minutes finalised by"))
    article = models.ForeignKey("news.Article", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="meetings", verbose_name=_("news article"))
    attendees = models.ManyToManyField(Person, through="Attendance", related_name="meetings",
                                       verbose_name=_("attendees"))
    # The leaders' public weekly schedule (schedule app) shows a meeting marked so, and only
    # its PUBLIC_SCHEDULE_FIELDS; a change to one of them after that is marked "(đã điều chỉnh)".
    on_public_schedule = models.BooleanField(
        _("show on the public schedule"), default=False,
        help_text=_("Only the title, time, place, chair and organising unit are shown to the public."))
    schedule_revised_at = models.DateTimeField(_("changed on the public schedule at"), null=True, blank=True,
                                               editable=False)

    PUBLIC_SCHEDULE_FIELDS = ("title", "starts_at", "ends_at", "place", "chair_id", "organiser_id")

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.pk and self.on_public_schedule:
            fields = self.PUBLIC_SCHEDULE_FIELDS
            stored = Meeting.objects.filter(pk=self.pk).values("on_public_schedule", *fields).first()
            if stored and stored["on_public_schedule"] and any(stored[f] != getattr(self, f) for f in fields):
                self.schedule_revised_at = timezone.now()
                if kwargs.get("update_fields") is not None:
                    kwargs["update_fields"] = {*kwargs["update_fields"], "schedule_revised_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("youth:meeting", kwargs={"pk": self.pk})

    @property
    def is_locked(self):
        return self.state == self.State.FINALISED

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The meeting cannot end before it starts.")})


class MeetingPart(models.Model):
    """A row that belongs to a meeting's minutes and is frozen with them."""

    class Meta:
        abstract = True

    def clean(self):
        if self.meeting_id and self.meeting.is_locked:
            raise ValidationError(_("The minutes are finalised; reopen them to make changes."))


class Attendance(MeetingPart):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance",
                                verbose_name=_("meeting"))
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="attendance",
                               verbose_name=_("person"))
    present = models.BooleanField(_("present"), default=True)
    absence_reason = models.CharField(_("reason for absence"), max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "id"]
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="attendance_once")]

    def __str__(self):
        return str(self.person)


class Guest(MeetingPart):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="guests",
                                verbose_name=_("meeting"))
    name = models.CharField(pgettext_lazy("person", "name"), max_length=120)
    position = models.CharField(_("position or organisation"), max_length=200, blank=True)

    class Meta:
        ordering = ["meeting", "id"]
        verbose_name = _("guest")
        verbose_name_plural = _("guests")

    def __str__(self):
        return self.name


class AgendaItem(MeetingPart):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items",
                                verbose_name=_("meeting"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    title = models.CharField(_("title"), max_length=300)
    presenter = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="+", verbose_name=_("presenter"))
    report = models.TextField(_("report"), blank=True)

    class Meta:
        ordering = ["meeting", "order", "id"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self):
        return f"{self.order}. {self.title}"


class Discussion(MeetingPart):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="discussions",
                                verbose_name=_("meeting"))
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    speaker = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True,
                                related_name="+", verbose_name=_("speaker"))
    speaker_name = models.CharField(_("speaker (not on the staff list)"), max_length=200, blank=True)
    content = models.TextField(_("content"))

    class Meta:
        ordering = ["meeting", "order", "id"]
        verbose_name = _("discussion entry")
        verbose_name_plural = _("discussion entries")

    def __str__(self):
        return self.speaker_label

    @property
    def speaker_label(self):
        # The minutes speak of the meeting's day: the speaker's titles of that day.
        if self.speaker_id:
            return self.speaker.label_on(timezone.localdate(self.meeting.starts_at))
        return self.speaker_name


class Reopening(models.Model):
    """A record of finalised minutes being reopened, with the reason."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reopenings",
                                verbose_name=_("meeting"))
    reason = models.TextField(_("reason"))
    reopened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+", verbose_name=_("reopened by"))
    reopened_at = models.DateTimeField(_("reopened at"), auto_now_add=True)

    class Meta:
        ordering = ["-reopened_at"]
        verbose_name = _("minutes reopening")
        verbose_name_plural = _("minutes reopenings")

    def __str__(self):
        return f"{self.meeting} ({self.reopened_at:%d/%m/%Y})"
