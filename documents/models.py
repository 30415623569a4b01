"""The register of documents (văn bản): who issued them, when they apply, what replaced them."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.caching.pagecache import InvalidatingQuerySet, PublicQuerySet
from core.files.storage import PrivateFileField, private_storage, token_path
from core.search import Searchable
from core.text import fold, unique_slug
from documents.symbols import mismatch
from organisation.models import Capacity


class IssuingBody(models.Model):
    """Who issues documents: one of our units, or an outside body ("Quốc hội", "Bộ Tư pháp")."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(pgettext_lazy("web address", "address"), max_length=200, unique=True, blank=True)
    unit = models.OneToOneField("organisation.Unit", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="issuing_body", verbose_name=_("our unit"),
                                help_text=_("Leave empty for an outside body "
                                            "(National Assembly, Government, Ministry)."))
    position = models.PositiveSmallIntegerField(_("order in lists"), default=0)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(IssuingBody, self.name, instance=self)
        super().save(*args, **kwargs)

    def name_on(self, day):
        """Return the name the body bore on day: one of our units by its dated name, an outside body by its own."""
        if self.unit_id:
            return self.unit.name_on(day).name
        return self.name


class Sector(models.Model):
    """A field (lĩnh vực) documents and procedures are filed under."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(pgettext_lazy("web address", "address"), max_length=200, unique=True, blank=True)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("field")
        verbose_name_plural = _("fields")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Sector, self.name, instance=self)
        super().save(*args, **kwargs)


def number_key(number):
    """Return the comparison key of a document number: "123/QĐ-CTHADS" == "123 / qd-cthads"."""
    return "".join(fold(number or "").split())


class DocumentQuerySet(InvalidatingQuerySet, models.QuerySet):
    def published(self):
        """Return the documents the public may read."""
        return self.filter(status=Document.Status.PUBLISHED)

    def for_listing(self):
        """Return the rows with what a list shows, newest issue first."""
        return (self.select_related("issuer__unit", "sector").prefetch_related("issuer__unit__names")
                .defer("search_exact", "search_folded").order_by("-issued_on", "-pk"))


class Document(Searchable, models.Model):
    class Kind(models.TextChoices):
        LAW = "luat", _("Law")
        DECREE = "nghi-dinh", _("Decree")
        CIRCULAR = "thong-tu", _("Circular")
        RESOLUTION = "nghi-quyet", _("Resolution")
        DECISION = "quyet-dinh", _("Decision")
        DIRECTIVE = "chi-thi", _("Directive")
        OFFICIAL_LETTER = "cong-van", _("Official letter")
        PLAN = "ke-hoach", _("Plan")
        REPORT = "bao-cao", _("Report")
        NOTICE = "thong-bao", _("Notice")
        GUIDANCE = "huong-dan", _("Guidance")
        CONCLUSION = "ket-luan", _("Conclusion")
        OTHER = "khac", _("Other document")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", pgettext_lazy("document", "Published")

    number = models.CharField(_("number and symbol"), max_length=80,
                              help_text=_('As printed on the document, e.g. "123/QĐ-CTHADS".'))
    number_key = models.CharField(max_length=80, editable=False)
    slug = models.SlugField(pgettext_lazy("web address", "address"), max_length=100, unique=True, editable=False)
    kind = models.CharField(pgettext_lazy("document", "kind"), max_length=20, choices=Kind.choices)
    issuer = models.ForeignKey(IssuingBody, on_delete=models.PROTECT, related_name="documents",
                               verbose_name=_("issuing body"))
    signer = models.ForeignKey("organisation.Person", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="signed_documents", verbose_name=_("signer (our staff)"))
    signer_name = models.CharField(_("signer"), max_length=200, blank=True,
                                   help_text=_("Name and title of the signer; filled from the person chosen above "
                                               "when left empty."))
    issued_on = models.DateField(_("issue date"))
    effective_on = models.DateField(_("effective date"), null=True, blank=True)
    expires_on = models.DateField(_("expiry date"), null=True, blank=True)
    replaced_by = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="replaces", verbose_name=_("replaced by"))
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, null=True, blank=True, related_name="documents",
                               verbose_name=_("field"))
    summary = models.TextField(_("summary (trích yếu)"))
    related_articles = models.ManyToManyField("news.Article", blank=True, related_name="documents",
                                              verbose_name=_("related articles"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT,
                              editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = DocumentQuerySet.as_manager()
    search_source_fields = ("number", "kind", "summary", "issuer")

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(fields=["issuer", "number_key"], name="document_number_unique_per_issuer",
                                    violation_error_message=_("This issuing body already has a document with "
                                                              "this number.")),
            models.CheckConstraint(condition=Q(effective_on__isnull=True) | Q(effective_on__gte=models.F("issued_on")),
                                   name="document_effective_not_before_issue",
                                   violation_error_message=_("The effective date cannot be before the issue date.")),
            models.CheckConstraint(condition=~Q(replaced_by=models.F("pk")), name="document_not_replacing_itself",
                                   violation_error_message=_("A document cannot replace itself.")),
        ]
        indexes = [models.Index(fields=["status", "-issued_on"], name="document_public_newest")]
        permissions = [
            ("approve_document", _("Can approve documents")),
            ("publish_document", _("Can publish documents")),
        ]

    def __str__(self):
        return f"{self.number} – {self.get_kind_display()}"

    def save(self, *args, **kwargs):
        self.number_key = number_key(self.number)
        if not self.signer_name and self.signer_id:
            # A State document names its signer by the State title held on the issue date.
            self.signer_name = self.signer.label_on(self.issued_on, Capacity.STATE)
        if not self.slug:
            # "123/QĐ-CTHADS" -> "123-qd-cthads": the slash separates words too.
            self.slug = unique_slug(Document, self.number.replace("/", " "), instance=self, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"slug": self.slug})

    @property
    def title(self):
        """Return the heading a list shows: kind and number."""
        return f"{self.get_kind_display()} {self.number}"

    @property
    def issuer_name(self):
        """Return the issuing body's name on the issue date (one of our units may have been renamed since)."""
        return self.issuer.name_on(self.issued_on) if self.issuer_id else ""

    def search_texts(self):
        """Return the number with the kind, and the summary and issuer (today's and the issue date's name)."""
        issuer = self.issuer.name if self.issuer_id else ""
        if self.issuer_id and self.issuer_name != issuer:
            issuer += f"\n{self.issuer_name}"
        return f"{self.number} {self.get_kind_display()}", f"{self.summary}\n{issuer}"

    def clean(self):
        self.number = (self.number or "").strip()
        self.number_key = number_key(self.number)
        errors = {}
        if self.issued_on and self.effective_on and self.effective_on < self.issued_on:
            errors["effective_on"] = gettext("The effective date cannot be before the issue date.")
        if self.expires_on and (self.effective_on or self.issued_on) and self.expires_on < (
                self.effective_on or self.issued_on):
            errors["expires_on"] = gettext("The expiry date cannot be before the effective date.")
        if self.kind and self.number:
            named = mismatch(kind=self.kind, number=self.number)
            if named is not None:
                errors["kind"] = gettext("The number “%(number)s” is that of a %(named)s, not of a %(kind)s: "
                                         "check the kind or the number.") % {
                    "number": self.number, "named": Document.Kind(named).label.lower(),
                    "kind": self.get_kind_display().lower()}
        if self.replaced_by_id is not None:
            if self.pk is not None and self.replaced_by_id == self.pk:
                errors["replaced_by"] = gettext("A document cannot replace itself.")
            elif self.pk is not None and self._replacement_chain_reaches_self():
                errors["replaced_by"] = gettext("This replacement makes a loop: the chosen document is already "
                                                "replaced, directly or not, by this one.")
        if errors:
            raise ValidationError(errors)

    def _replacement_chain_reaches_self(self):
        node_id, seen = self.replaced_by_id, set()
        while node_id is not None and node_id not in seen:
            if node_id == self.pk:
                return True
            seen.add(node_id)
            node_id = Document.objects.filter(pk=node_id).values_list("replaced_by_id", flat=True).first()
        return False

    # --- Legal force, derived from the dates and the replacement ---------------------------
    @property
    def in_force(self):
        """Return True when the document applies today."""
        return self.force(timezone.localdate()) == "in_force"

    def force(self, today=None):
        """Return "replaced", "expired", "not_yet" or "in_force" on the day today."""
        today = today or timezone.localdate()
        if self.replaced_by_id:
            return "replaced"
        if self.expires_on and self.expires_on < today:
            return "expired"
        if (self.effective_on or self.issued_on) > today:
            return "not_yet"
        return "in_force"

    @property
    def force_label(self):
        return {
            "replaced": gettext("Replaced"),
            "expired": gettext("No longer in force"),
            "not_yet": gettext("Not yet in force"),
            "in_force": gettext("In force"),
        }[self.force()]

    @property
    def year(self):
        return self.issued_on.year if isinstance(self.issued_on, datetime.date) else None


def _file_path(instance, filename):
    # Private storage and a random folder: a draft's file is neither served nor guessable.
    return token_path(f"van-ban/{timezone.localdate():%Y}", filename)


class DocumentFile(models.Model):
    """A PDF or DOCX file of a document, checked by content (core.files.checks), served by documents:file."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="files",
                                 verbose_name=_("document"))
    file = PrivateFileField(_("file"), upload_to=_file_path, storage=private_storage, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255, blank=True, editable=False)
    kind = models.CharField(max_length=8, editable=False)
    size = models.PositiveBigIntegerField(default=0, editable=False)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return self.original_name or self.file.name

    def get_absolute_url(self):
        return reverse("documents:file", kwargs={"slug": self.document.slug, "pk": self.pk})

    @property
    def content_type(self):
        from core.files.checks import CONTENT_TYPES

        return CONTENT_TYPES.get(self.kind, "application/octet-stream")

    @property
    def is_pdf(self):
        return self.kind == "pdf"


class DocumentTransition(models.Model):
    """One workflow step: who moved the document, when, from which state to which."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="transitions")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                              related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("at"))
    from_status = models.CharField(pgettext_lazy("workflow step", "from"), max_length=12,
                                   choices=Document.Status.choices)
    to_status = models.CharField(pgettext_lazy("workflow step", "to"), max_length=12, choices=Document.Status.choices)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("workflow step")
        verbose_name_plural = _("workflow steps")

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
