"""Citizens' questions and feedback, the steps staff take on them, and the fields they belong to."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.caching.pagecache import InvalidatingQuerySet, PublicQuerySet
from core.files.storage import private_storage
from core.richtext import RichTextField
from core.search import Searchable
from core.text import plain_text, unique_slug
from feedback.codes import MAX_LENGTH as CODE_LENGTH
from feedback.redact import redact


class Field(models.Model):
    """A field of work a question belongs to (e.g. "Thủ tục yêu cầu thi hành án")."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    position = models.PositiveSmallIntegerField(pgettext_lazy("order", "position"), default=0)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = pgettext_lazy("area of work", "field")
        verbose_name_plural = pgettext_lazy("area of work", "fields")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Field, self.name, instance=self, max_length=120)
        super().save(*args, **kwargs)


class SubmissionQuerySet(InvalidatingQuerySet, models.QuerySet):
    def published(self):
        """Return the answered submissions approved for the public list."""
        return self.filter(status=Submission.Status.ANSWERED, published_at__isnull=False,
                           published_at__lte=timezone.now())

    def trackable(self):
        """Return the submissions whose tracking code still works (personal data not yet erased)."""
        return self.filter(purged_at__isnull=True)

    def due_for_purge(self, now=None):
        """Return the closed submissions answered more than FEEDBACK_RETENTION_YEARS ago, not yet erased."""
        now = now or timezone.now()
        limit = now - datetime.timedelta(days=365 * settings.FEEDBACK_RETENTION_YEARS)
        return self.filter(purged_at__isnull=True, answered_at__lt=limit).exclude(status__in=Submission.OPEN_STATUSES)

    def open(self):
        """Return the submissions still waiting for an answer."""
        return self.filter(status__in=Submission.OPEN_STATUSES)

    def overdue_first(self, today=None):
        """Return the rows ordered overdue first, then by due date, then oldest first."""
        today = today or timezone.localdate()
        return self.annotate(
            overdue_rank=Case(
                When(Q(status__in=Submission.OPEN_STATUSES, due_on__lt=today), then=Value(0)),
                When(status__in=Submission.OPEN_STATUSES, then=Value(1)),
                default=Value(2), output_field=IntegerField(),
            )
        ).order_by("overdue_rank", "due_on", "received_at", "pk")


class Submission(Searchable, models.Model):
    """A question or a piece of feedback sent by a citizen through the portal."""

    # Only what the public may read is searched: the published question and the answer.
    search_source_fields = ("title", "content", "public_question", "answer", "show_name", "name", "address",
                            "email", "phone")

    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        FEEDBACK = "feedback", _("Feedback or petition")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_PROGRESS = "in_progress", _("Being handled")
        ANSWERED = "answered", _("Answered")
        NOT_COMPETENT = "not_competent", _("Not within our competence")

    OPEN_STATUSES = (Status.RECEIVED, Status.IN_PROGRESS)

    code = models.CharField(_("tracking code"), max_length=CODE_LENGTH, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.QUESTION)
    # The asker: never shown on public pages, feeds or the sitemap.
    name = models.CharField(_("full name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    show_name = models.BooleanField(_("name may be published"), default=False)
    consent_at = models.DateTimeField(_("consent given"))
    field = models.ForeignKey(Field, on_delete=models.PROTECT, related_name="submissions",
                              verbose_name=pgettext_lazy("area of work", "field"))
    title = models.CharField(_("title"), max_length=200)
    content = models.TextField(_("content"))
    public_question = models.TextField(
        _("question as published"), blank=True,
        help_text=_("Leave empty to publish the question as sent (e-mails and phone numbers are hidden "
                    "automatically); write a shorter version without personal details otherwise."),
    )
    attachment = models.FileField(_("attachment"), upload_to="feedback/%Y/%m/", storage=private_storage,
                                  blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    due_on = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.RECEIVED,
                              db_index=True)
    unit = models.ForeignKey("organisation.Unit", on_delete=models.PROTECT, null=True, blank=True,
                             related_name="submissions", verbose_name=_("unit handling it"))
    answer = RichTextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    refusal_reason = models.TextField(
        _("why it is not within our competence"), blank=True,
    )
    refer_to = models.TextField(_("where to turn instead"), blank=True)
    reminded_on = models.DateField(_("last reminder"), null=True, blank=True, editable=False)
    # When the personal data was erased at the end of the retention period (the code then expires).
    purged_at = models.DateTimeField(_("personal data erased"), null=True, blank=True, editable=False)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("question or feedback")
        verbose_name_plural = _("questions and feedback")
        indexes = [models.Index(fields=["status", "due_on"], name="feedback_open_due")]

    def __str__(self):
        return f"{self.code} – {self.title}"

    def get_absolute_url(self):
        return reverse("feedback:answer", kwargs={"pk": self.pk})

    def search_texts(self):
        return self.public_title, f"{self.public_content}\n{plain_text(self.answer)}"

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES

    def is_overdue(self, today=None):
        """Return True if the submission is still open after its due date."""
        return self.is_open and self.due_on < (today or timezone.localdate())

    def _redact(self, text):
        # The address, e-mail and phone are never published; the name only with the asker's consent.
        return redact(text, names=() if self.show_name else (self.name,), addresses=(self.address,),
                      emails=(self.email,), phones=(self.phone,))

    @property
    def public_title(self):
        """Return the title as the public may read it."""
        return self._redact(self.title)

    @property
    def public_content(self):
        """Return the question as the public may read it: no contact details, no name unless agreed."""
        return self._redact(self.public_question or self.content)

    @property
    def public_name(self):
        """Return the asker's name if they agreed to its publication, else ""."""
        return self.name if self.show_name else ""


class Step(models.Model):
    """One thing done with a submission: who, when, what."""

    class Action(models.TextChoices):
        RECEIVED = "received", _("Received")
        ASSIGNED = "assigned", _("Assigned to a unit")
        REPLIED = "replied", _("Reply written")
        APPROVED = "approved", _("Reply approved")
        PUBLISHED = "published", pgettext_lazy("submission status", "Published")
        UNPUBLISHED = "unpublished", _("Taken off the public list")
        NOT_COMPETENT = "not_competent", _("Marked not within our competence")
        DUE_DATE = "due_date", _("Due date changed")

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="steps",
                                   verbose_name=_("question or feedback"))
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("when"), default=timezone.now)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%d/%m/%Y %H:%M})"
