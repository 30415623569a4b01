"""Enforcement information the law asks the agency to publish.

- Debtor: the register of judgment debtors found to have no conditions to satisfy the
  judgment (Luật Thi hành án dân sự, Article 44a). Only what the law requires is kept and
  shown: name, year of birth for a person (never an ID number), address, the obligation,
  the judgment and the decision. An entry leaves the public pages the moment it is removed;
  the admin keeps its history.
  Each entry keeps the legal basis it was published under, and when the office learned of a
  change that must reach the page (within the deadline of the rule in force: notices/updates.py).
- DataSubjectRequest: a person's request to see, correct or remove their data, with its due
  date under the personal data rules in force on the day it was received, and each step.
- Notice: the weekly notices of an enforcement office (choice of an auction organisation,
  auction results, parties asked to receive money or assets, enforcement), with the asset,
  its starting price and the deadline.
"""

import os
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from core.caching.pagecache import InvalidatingQuerySet, PublicQuerySet
from core.files.checks import PDF, clean_attachment
from core.files.storage import PrivateFileField, private_storage
from core.richtext import RichTextField
from core.search import Searchable
from core.text import plain_text, unique_slug
from legal.deadlines import main_basis, rule_for
from legal.models import LegalBasis, Topic
from organisation.models import Unit

OFFICE_KINDS = [Unit.Kind.AGENCY, Unit.Kind.SUB_DEPARTMENT]


def offices():
    """Return the units that publish enforcement information: the Cục and its Chi cục."""
    return Unit.objects.filter(kind__in=OFFICE_KINDS)


class DebtorQuerySet(InvalidatingQuerySet, models.QuerySet):
    def public(self, today=None):
        """Return the entries the public may see today: published and not removed."""
        return self.filter(removed_on__isnull=True, published_on__lte=today or timezone.localdate())

    def change_pending(self):
        """Return the entries with a known change not yet applied to the page."""
        return self.filter(change_known_on__isnull=False, change_applied_on__isnull=True)

    def change_overdue(self, *, today):
        """Return the entries whose known change should have reached the page before today."""
        return self.change_pending().filter(change_due_on__lt=today)


class Debtor(Searchable, models.Model):
    """A judgment debtor found to have no conditions to satisfy the judgment."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")

    office = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="debtors",
                               limit_choices_to={"kind__in": OFFICE_KINDS}, verbose_name=_("enforcement office"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(_("name of the person or organisation"), max_length=200)
    birth_year = models.PositiveSmallIntegerField(
        _("year of birth"), null=True, blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("For a person only. Never enter an identity card number."))
    address = models.CharField(_("address"), max_length=300)
    judgment_number = models.CharField(_("judgment number"), max_length=80)
    judgment_date = models.DateField(_("judgment date"))
    court = models.CharField(_("court"), max_length=200)
    obligation = models.TextField(_("obligation"), help_text=_("What must be paid or done."))
    decision_number = models.CharField(_("decision number"), max_length=80,
                                       help_text=_("The decision that the debtor has no conditions to satisfy "
                                                   "the judgment."))
    decision_date = models.DateField(_("decision date"))
    published_on = models.DateField(_("published on"), default=timezone.localdate)
    removed_on = models.DateField(_("removed on"), null=True, blank=True)
    removal_reason = models.CharField(_("reason for removal"), max_length=300, blank=True)
    # Fixed when the entry is created: a later law does not change what it was published under.
    legal_basis = models.ForeignKey(LegalBasis, on_delete=models.PROTECT, null=True, blank=True, editable=False,
                                    related_name="+", verbose_name=_("published under"))
    change_known_on = models.DateField(
        _("change known on"), null=True, blank=True,
        help_text=_("The day the office learned that the entry must change or be removed (e.g. the debtor paid)."))
    change_note = models.CharField(_("what changed"), max_length=300, blank=True)
    change_due_on = models.DateField(_("change due on"), null=True, blank=True, editable=False)
    change_applied_on = models.DateField(_("change applied on"), null=True, blank=True,
                                         help_text=_("The day the change reached the public page."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_title_field = "name"
    search_source_fields = ("name",)
    history = HistoricalRecords(excluded_fields=["search_exact", "search_folded", "updated_at"])
    objects = DebtorQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "name", "pk"]
        verbose_name = _("debtor without conditions to satisfy the judgment")
        verbose_name_plural = _("register of debtors without conditions")
        constraints = [
            models.UniqueConstraint(fields=["office", "decision_number", "name"], name="debtor_unique_decision"),
        ]
        indexes = [models.Index(fields=["removed_on", "published_on"], name="debtor_public_idx")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self._state.adding and self.legal_basis_id is None:
            self.legal_basis = debtor_basis(on=self.published_on)
        self.change_due_on = change_due_on(self.change_known_on)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.kind == self.Kind.ORGANISATION and self.birth_year:
            errors["birth_year"] = _("An organisation has no year of birth.")
        if self.birth_year and self.birth_year > timezone.localdate().year:
            errors["birth_year"] = _("The year of birth cannot be in the future.")
        if self.judgment_date and self.decision_date and self.decision_date < self.judgment_date:
            errors["decision_date"] = _("The decision cannot be dated before the judgment.")
        if self.removed_on and not self.removal_reason.strip():
            errors["removal_reason"] = _("Give the reason for the removal.")
        if self.removed_on and self.published_on and self.removed_on < self.published_on:
            errors["removed_on"] = _("An entry cannot be removed before it was published.")
        if self.change_known_on and not self.change_note.strip():
            errors["change_note"] = _("Say what changed.")
        if self.change_applied_on and not self.change_known_on:
            errors["change_applied_on"] = _("Enter first the day the change became known.")
        elif self.change_applied_on and self.change_applied_on < self.change_known_on:
            errors["change_applied_on"] = _("A change cannot be applied before it was known.")
        if self.change_known_on and self.change_known_on > timezone.localdate():
            errors["change_known_on"] = _("This day is in the future.")
        if errors:
            raise ValidationError(errors)


def debtor_basis(*, on):
    """Return the legal basis an entry published on a day is published under (the main one in force), or None."""
    return main_basis(Topic.DEBTOR_REGISTER, on=on)


def change_due_on(known_on):
    """Return the last day a change known on a day may take to reach the page, under the rule in force then."""
    if known_on is None:
        return None
    rule = rule_for(Topic.DEBTOR_REGISTER, on=known_on)
    return rule.due_on(known_on) if rule else None


class DataSubjectRequestQuerySet(models.QuerySet):
    def open(self):
        """Return the requests not yet answered or refused."""
        return self.exclude(status__in=DataSubjectRequest.CLOSED)

    def overdue(self, *, today):
        """Return the open requests whose due date has passed."""
        return self.open().filter(due_on__lt=today)


class DataSubjectRequest(models.Model):
    """A person's request about their own data: to see it, to correct it, to remove it. Never shown publicly."""

    class Kind(models.TextChoices):
        ACCESS = "access", _("See the data")
        CORRECTION = "correction", _("Correct the data")
        REMOVAL = "removal", _("Remove the data")
        OBJECTION = "objection", _("Object to or restrict processing")

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_PROGRESS = "in-progress", _("Being handled")
        DONE = "done", _("Done and answered")
        REFUSED = "refused", _("Refused with reasons")

    CLOSED = (Status.DONE, Status.REFUSED)

    debtor = models.ForeignKey(Debtor, on_delete=models.SET_NULL, null=True, blank=True, related_name="data_requests",
                               verbose_name=_("register entry concerned"))
    requester_name = models.CharField(_("requester's name"), max_length=200)
    requester_contact = models.CharField(_("how to answer"), max_length=300, blank=True,
                                         help_text=_("Address, phone or e-mail the answer goes to."))
    kind = models.CharField(_("request"), max_length=20, choices=Kind.choices)
    details = models.TextField(_("details"), blank=True)
    received_on = models.DateField(_("received on"), default=timezone.localdate)
    due_on = models.DateField(_("answer due on"), null=True, blank=True, editable=False)
    legal_basis = models.ForeignKey(LegalBasis, on_delete=models.PROTECT, null=True, blank=True, editable=False,
                                    related_name="+", verbose_name=_("deadline set by"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED,
                              editable=False)
    closed_on = models.DateField(_("closed on"), null=True, blank=True, editable=False)

    objects = DataSubjectRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("data subject's request")
        verbose_name_plural = _("data subjects' requests")

    def __str__(self):
        return f"{self.get_kind_display()} – {self.requester_name}"

    def save(self, *args, **kwargs):
        # The rule in force on the day the request arrived sets its deadline, even if it changes later.
        rule = rule_for(Topic.PERSONAL_DATA, on=self.received_on)
        self.due_on, self.legal_basis = (rule.due_on(self.received_on), rule.basis) if rule else (None, None)
        super().save(*args, **kwargs)

    def clean(self):
        if self.received_on and self.received_on > timezone.localdate():
            raise ValidationError({"received_on": _("This day is in the future.")})


class DataSubjectRequestStep(models.Model):
    """One step in handling a request: who did what, when. Steps are added, never edited."""

    request = models.ForeignKey(DataSubjectRequest, on_delete=models.CASCADE, related_name="steps",
                                verbose_name=_("request"))
    at = models.DateTimeField(_("time"), default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                           related_name="+", verbose_name=_("by"))
    action = models.TextField(_("what was done"))
    status = models.CharField(_("status after this step"), max_length=20, choices=DataSubjectRequest.Status.choices)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("step")
        verbose_name_plural = pgettext_lazy("data subject request", "steps")

    def __str__(self):
        return self.action[:80]


class NoticeQuerySet(InvalidatingQuerySet, models.QuerySet):
    def published(self, now=None):
        """Return the notices the public may read now."""
        return self.filter(is_published=True, published_at__lte=now or timezone.now())

    def open(self, today=None):
        """Return the notices whose deadline has not passed (or that have none)."""
        today = today or timezone.localdate()
        return self.filter(models.Q(deadline__isnull=True) | models.Q(deadline__gte=today))

    def expired(self, today=None):
        """Return the notices whose deadline has passed."""
        return self.filter(deadline__lt=today or timezone.localdate())


class Notice(Searchable, models.Model):
    class Kind(models.TextChoices):
        AUCTION_SELECTION = "lua-chon-to-chuc-dau-gia", _("Choice of an auction organisation")
        AUCTION_RESULT = "ket-qua-dau-gia", _("Auction result")
        RECEIVE = "nhan-tien-tai-san", _("Receiving money or assets")
        ENFORCEMENT = "cuong-che", _("Enforcement")
        OTHER = "khac", _("Other notice")

    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    office = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="notices",
                               limit_choices_to={"kind__in": OFFICE_KINDS}, verbose_name=_("enforcement office"))
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, editable=False)
    number = models.CharField(_("notice number"), max_length=80, blank=True, help_text=_('e.g. "125/TB-CTHADS".'))
    notice_date = models.DateField(_("notice date"), default=timezone.localdate)
    body = RichTextField(_("content"), blank=True)
    asset = models.TextField(_("asset"), blank=True, help_text=_("What is auctioned or returned."))
    starting_price = models.DecimalField(_("starting price (VND)"), max_digits=18, decimal_places=0,
                                         null=True, blank=True, validators=[MinValueValidator(0)])
    viewing = models.CharField(_("where and when the asset can be seen"), max_length=300, blank=True)
    deadline = models.DateField(pgettext_lazy("last day to act on a notice", "deadline"), null=True, blank=True,
                                help_text=_("e.g. the last day to apply or to come and receive the money."))
    deadline_note = models.CharField(_("what the deadline is for"), max_length=200, blank=True,
                                     help_text=_('e.g. "Hạn nộp hồ sơ đăng ký".'))
    parties = models.TextField(_("parties concerned"), blank=True)
    is_published = models.BooleanField(pgettext_lazy("announcement", "published"), default=False)
    published_at = models.DateTimeField(pgettext_lazy("announcement", "publication time"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_source_fields = ("title", "number", "asset", "parties", "body")
    history = HistoricalRecords(excluded_fields=["search_exact", "search_folded", "updated_at"])
    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-notice_date", "-pk"]
        verbose_name = _("enforcement notice")
        verbose_name_plural = _("enforcement notices")
        indexes = [models.Index(fields=["is_published", "published_at"], name="notice_public_idx")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Notice, self.title, instance=self, max_length=200)
        if self.is_published and not self.published_at:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("notices:notice", kwargs={"slug": self.slug})

    def days_left(self, today=None):
        """Return the days left until the deadline (0 on the day itself, negative after), or None."""
        if self.deadline is None:
            return None
        return (self.deadline - (today or timezone.localdate())).days

    def search_texts(self):
        return (f"{self.title} {self.number}",
                f"{self.asset}\n{self.parties}\n{plain_text(self.body)}")


def checked_pdf(upload):
    """Return the checked file of an upload that must be a PDF, or raise ValidationError."""
    checked = clean_attachment(upload)
    if checked.kind != PDF:
        raise ValidationError(_("Notices take PDF files only."))
    return checked


def _attachment_path(instance, filename):
    # A random folder: the file of a notice not yet public cannot be found by guessing.
    return f"notices/{timezone.localdate():%Y}/{secrets.token_hex(8)}/{filename}"


class NoticeAttachment(models.Model):
    """A PDF published with a notice, checked by content and served through a view."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="attachments",
                               verbose_name=_("notice"))
    title = models.CharField(_("title"), max_length=200, blank=True)
    file = PrivateFileField(_("file (PDF)"), upload_to=_attachment_path, storage=private_storage, max_length=255)
    size = models.PositiveBigIntegerField(_("size (bytes)"), default=0, editable=False)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")

    def __str__(self):
        return self.title or os.path.basename(self.file.name)

    def save(self, *args, **kwargs):
        if self.file and not self.file._committed:
            # Checked here too, so that no code path stores an unchecked file.
            checked = checked_pdf(self.file.file)
            if not self.title.strip():
                self.title = os.path.splitext(os.path.basename(checked.original_name))[0][:200]
            self.file, self.size = checked, checked.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("notices:attachment", kwargs={"pk": self.pk})

    def clean(self):
        if self.file and not self.file._committed:
            try:
                checked_pdf(self.file.file)
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from None
