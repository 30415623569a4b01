from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.pagecache import InvalidatesPages
from cms.richtext import RichTextField
from cms.text import unique_slug

# First path segments owned by the apps; a page with one of these slugs could never be reached.
RESERVED_SLUGS = {
    "admin", "bien-tap", "chuyen-muc", "cong-viec", "healthz", "lien-he", "media", "rss", "so-do-trang",
    "static", "tim-kiem", "tin-tuc", "trang",
    "van-ban", "lich-cong-tac", "thu-tuc-hanh-chinh",
}



class SiteSettings(InvalidatesPages, models.Model):
    """The agency's identity shown in the header and footer: one row, edited in the admin."""

    CACHE_KEY = "cms:site-settings"
    DEFAULT_NAME = "Cục Thi hành án dân sự tỉnh Thanh Hóa"

    agency_name = models.CharField(_("agency name"), max_length=200)
    parent_agency = models.CharField(_("parent agency"), max_length=200, blank=True)
    short_name = models.CharField(_("short name"), max_length=80, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=80, blank=True)
    email = models.EmailField(_("email"), blank=True)
    responsible_person = models.CharField(
        _("person responsible"), max_length=200, blank=True,
        help_text=_("Name and position of the person responsible for the portal."),
    )
    licence = models.CharField(_("licence"), max_length=300, blank=True)
    contact_official = models.CharField(
        _("contact official"), max_length=200, blank=True,
        help_text=_("Name, position and phone of the official who answers the public."),
    )
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the office on an online map."))

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.agency_name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(self.CACHE_KEY)

    @classmethod
    def load(cls):
        """Return the settings row, read through the cache."""
        settings = cache.get(cls.CACHE_KEY)
        if settings is None:
            settings = cls.objects.filter(pk=1).first() or cls(agency_name=cls.DEFAULT_NAME)
            cache.set(cls.CACHE_KEY, settings, 300)
        return settings


class Page(InvalidatesPages, models.Model):
    """An editable page such as the introduction (/gioi-thieu/) and its sub-pages."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Text")
        LEADERS = "leaders", _("Text and the list of leaders")
        ORGANISATION = "organisation", _("Text and the organisation chart")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, blank=True,
        help_text=_("The page's address. Left empty, it is made from the title."),
    )
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children",
        verbose_name=_("parent page"), limit_choices_to={"parent__isnull": True},
        help_text=_("Empty for a top page such as the introduction; sub-pages are listed under their parent."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    body = RichTextField(_("content"), blank=True)
    in_menu = models.BooleanField(_("shown in the main menu"), default=True,
                                  help_text=_("Applies to top pages only."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return f"{self.parent} › {self.title}" if self.parent_id else self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Page, self.title, instance=self, max_length=120)
            if self.parent_id is None and self.slug in RESERVED_SLUGS:
                self.slug = unique_slug(Page, f"trang {self.title}", instance=self, max_length=120)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.parent_id:
            return reverse("subpage", kwargs={"parent": self.parent.slug, "slug": self.slug})
        if self.slug == "lien-he":
            return reverse("contact")
        return reverse("page", kwargs={"slug": self.slug})

    def clean(self):
        nested = self.parent_id and self.pk and self.children.exists()
        if self.parent_id and (self.parent_id == self.pk or self.parent.parent_id or nested):
            raise ValidationError({"parent": _("Choose a top page: sub-pages cannot have sub-pages.")})
        if not self.parent_id and self.slug in RESERVED_SLUGS - {"lien-he"}:
            raise ValidationError({"slug": _("This address is used by another part of the portal.")})


class DailyVisits(models.Model):
    """How many visits began on a local day; no visitor is identified."""

    day = models.DateField(_("day"), unique=True)
    visits = models.PositiveIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")

    def __str__(self):
        return f"{self.day}: {self.visits}"


class ActiveVisitors(models.Model):
    """How many visitors were active in a five-minute slot (for "online now")."""

    slot = models.DateTimeField(unique=True)
    visitors = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.slot}: {self.visitors}"
