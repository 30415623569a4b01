"""Enforcement information the law asks the agency to publish.

- Debtor: the register of judgment debtors found to have no conditions to satisfy the
  judgment (Luật Thi hành án dân sự, Article 44a). Only what the law requires is kept and
  shown: name, year of birth for a person (never an ID number), address, the obligation,
  the judgment and the decision. An entry leaves the public pages the moment it is removed;
  the admin keeps its history.
- Notice: the weekly notices of an enforcement office (choice of an auction organisation,
  auction results, parties asked to receive money or assets, enforcement), with the asset,
  its starting price and the deadline.
"""

import os
import secrets

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
from organisation.models import Unit

OFFICE_KINDS = [Unit.Kind.AGENCY, Unit.Kind.SUB_DEPARTMENT]


def offices():
    """Return the units that publish enforcement information: the Cục and its Chi cục."""
    return Unit.objects.filter(kind__in=OFFICE_KINDS)


class DebtorQuerySet(InvalidatingQuerySet, models.QuerySet):
    def public(self, today=None):
        """Return the entries the public may see today: published and not removed."""
        return self.filter(removed_on__isnull=True, published_on__lte=today or timezone.localdate())


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
        if errors:
            raise ValidationError(errors)


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
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(_("publication time"), null=True, blank=True)
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
