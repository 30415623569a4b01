"""Administrative procedures (thủ tục hành chính) the department handles, with their forms."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.caching.pagecache import InvalidatingQuerySet, PublicQuerySet
from core.files.storage import PrivateFileField, private_storage, token_path
from core.search import Searchable
from core.text import unique_slug


class ProcedureQuerySet(InvalidatingQuerySet, models.QuerySet):
    def published(self):
        """Return the procedures the public may read."""
        return self.filter(is_published=True)


class Procedure(Searchable, models.Model):
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(pgettext_lazy("web address", "address"), max_length=120, unique=True, editable=False)
    code = models.CharField(_("code on the National Public Service Portal"), max_length=40, blank=True,
                            help_text=_('e.g. "1.000000"; the code the portal lists the procedure under.'))
    sector = models.ForeignKey("documents.Sector", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="procedures", verbose_name=_("field"))
    level = models.CharField(_("level"), max_length=100, blank=True, help_text=_('e.g. "Cấp tỉnh", "Cấp huyện".'))
    implementing_body = models.CharField(_("implementing body"), max_length=300, blank=True)
    steps = models.TextField(pgettext_lazy("procedure", "steps"), help_text=_("One step a line."))
    # The fields of a procedure as the National Public Service Portal publishes it.
    methods = models.TextField(_("how to submit"), blank=True,
                               help_text=_("Cách thức thực hiện: in person, by post, online; one a line."))
    applicants = models.TextField(_("who may apply"), blank=True, help_text=_("Đối tượng thực hiện; one a line."))
    required_documents = models.TextField(_("documents required"), blank=True, help_text=_("One paper a line."))
    result = models.TextField(pgettext_lazy("outcome of a procedure", "result"), blank=True,
                              help_text=_("Kết quả thực hiện: the paper the applicant receives; one a line."))
    requirements = models.TextField(_("requirements and conditions"), blank=True,
                                    help_text=_("Yêu cầu, điều kiện thực hiện; one a line."))
    time_limit = models.CharField(_("time limit"), max_length=300, blank=True)
    fees = models.CharField(_("fees"), max_length=300, blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True, help_text=_("One document a line."))
    online_url = models.URLField(_("link to submit online"), blank=True,
                                 help_text=_("This procedure's own page on the National Public Service Portal "
                                             "(not the portal's home page)."))
    position = models.PositiveSmallIntegerField(_("order in the list"), default=0)
    is_published = models.BooleanField(pgettext_lazy("announcement", "published"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProcedureQuerySet.as_manager()
    search_title_field = "name"
    search_source_fields = ("name", "code", "steps", "required_documents", "legal_basis", "applicants", "result")

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("administrative procedure")
        verbose_name_plural = _("administrative procedures")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Procedure, self.name, instance=self, max_length=120)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("procedures:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.online_url and is_home_page(self.online_url):
            raise ValidationError({"online_url": _(
                "This is the home page of the portal. Paste the address of this procedure's own page, "
                "so that citizens land on the procedure.")})

    def search_texts(self):
        """Return the name with the code, and the steps, papers and legal basis."""
        return f"{self.code} {self.name}", f"{self.steps}\n{self.required_documents}\n{self.legal_basis}"

    def lines(self, field):
        return [line.strip() for line in getattr(self, field).splitlines() if line.strip()]

    @property
    def step_lines(self):
        return self.lines("steps")

    @property
    def document_lines(self):
        return self.lines("required_documents")

    @property
    def legal_basis_lines(self):
        return self.lines("legal_basis")

    @property
    def method_lines(self):
        return self.lines("methods")

    @property
    def applicant_lines(self):
        return self.lines("applicants")

    @property
    def result_lines(self):
        return self.lines("result")

    @property
    def requirement_lines(self):
        return self.lines("requirements")


# Paths of a portal's home page, without a trailing slash.
HOME_PATHS = {"", "/p/home/dvc-trang-chu.html", "/p/home/dvc-trang-chu"}


def is_home_page(url):
    """Return True if url is a site's home page rather than one procedure's page."""
    parts = urlsplit(url)
    return parts.path.rstrip("/") in HOME_PATHS and not parts.query


def _form_path(instance, filename):
    # Private storage and a random folder: the form of an unpublished procedure is neither served nor guessable.
    return token_path("thu-tuc", filename)


class ProcedureForm(models.Model):
    """A form (mẫu đơn): PDF, DOCX or XLSX, checked by content (core.files.checks), served by procedures:form."""

    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="forms",
                                  verbose_name=_("administrative procedure"))
    title = models.CharField(pgettext_lazy("form", "title"), max_length=300)
    file = PrivateFileField(_("file"), upload_to=_form_path, storage=private_storage, max_length=255)
    original_name = models.CharField(max_length=255, blank=True, editable=False)
    kind = models.CharField(max_length=8, editable=False)
    size = models.PositiveBigIntegerField(default=0, editable=False)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = PublicQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("form to download")
        verbose_name_plural = _("forms to download")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("procedures:form", kwargs={"slug": self.procedure.slug, "pk": self.pk})
