from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.identity import agency_name_on, register_fallback
from core.caching.pagecache import PublicQuerySet
from core.richtext import RichTextField
from core.text import unique_slug

# First path segments owned by the apps; a page with one of these slugs could never be reached.
RESERVED_SLUGS = {
    "admin", "bien-tap", "chuyen-muc", "cong-viec", "healthz", "lien-he", "media", "rss", "so-do-trang",
    "static", "thong-bao", "thong-tin-thi-hanh-an", "tim-kiem", "tin-tuc", "trang",
    "en", "hoi-dap", "van-ban", "lich-cong-tac", "thu-tuc-hanh-chinh", "co-so-phap-ly", "bao-ve-du-lieu-ca-nhan",
}



class SiteSettings(models.Model):
    """The agency's identity shown in the header and footer: one row, edited in the admin."""

    CACHE_KEY = "cms:site-settings"
    DEFAULT_NAME = "Thi hành án dân sự tỉnh Thanh Hóa"

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
    # English pages (/en/): the identity in English; empty fields fall back to the Vietnamese.
    agency_name_en = models.CharField(_("agency name in English"), max_length=200, blank=True)
    parent_agency_en = models.CharField(_("parent agency in English"), max_length=200, blank=True)
    address_en = models.CharField(_("address in English"), max_length=300, blank=True)

    objects = PublicQuerySet.as_manager()

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
    def stored(cls):
        """Return the settings row as saved, read through the cache."""
        settings = cache.get(cls.CACHE_KEY)
        if settings is None:
            settings = cls.objects.filter(pk=1).first() or cls(agency_name=cls.DEFAULT_NAME)
            cache.set(cls.CACHE_KEY, settings, 300)
        return settings

    @classmethod
    def load(cls):
        """Return the settings with the agency's names of today (from the directory when it has them)."""
        settings = cls.stored()
        today = agency_name_on(fallback=settings)
        settings.agency_name = today.name or settings.agency_name
        settings.short_name = today.short_name or settings.short_name
        settings.agency_name_en = today.name_en or settings.agency_name_en
        return settings


register_fallback(SiteSettings.stored)


class Page(models.Model):
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
    position = models.PositiveSmallIntegerField(pgettext_lazy("order", "position"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    body = RichTextField(_("content"), blank=True)
    in_menu = models.BooleanField(_("shown in the main menu"), default=True,
                                  help_text=_("Applies to top pages only."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The English version (/en/...): a page has one when its English title is filled in.
    title_en = models.CharField(_("title in English"), max_length=200, blank=True)
    slug_en = models.SlugField(
        _("English slug"), max_length=120, blank=True,
        help_text=_("The English page's address. Left empty, it is made from the English title."),
    )
    body_en = RichTextField(_("content in English"), blank=True)

    objects = PublicQuerySet.as_manager()

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
        if self.title_en and not self.slug_en:
            self.slug_en = unique_slug(Page, self.title_en, instance=self, field="slug_en", max_length=120)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        if self.parent_id:
            return reverse("subpage", kwargs={"parent": self.parent.slug, "slug": self.slug})
        if self.slug == "lien-he":
            return reverse("contact")
        return reverse("page", kwargs={"slug": self.slug})

    @property
    def has_english(self):
        return bool(self.title_en and self.slug_en)

    def get_english_url(self):
        """Return the address of the English version, or None if there is none."""
        if not self.has_english:
            return None
        if self.parent_id:
            if not self.parent.has_english:
                return None
            return reverse("english:subpage", kwargs={"parent": self.parent.slug_en, "slug": self.slug_en})
        if self.slug == "lien-he":
            return reverse("english:contact")
        return reverse("english:page", kwargs={"slug": self.slug_en})

    def clean(self):
        nested = self.parent_id and self.pk and self.children.exists()
        if self.parent_id and (self.parent_id == self.pk or self.parent.parent_id or nested):
            raise ValidationError({"parent": _("Choose a top page: sub-pages cannot have sub-pages.")})
        if not self.parent_id and self.slug in RESERVED_SLUGS - {"lien-he"}:
            raise ValidationError({"slug": _("This address is used by another part of the portal.")})
        if self.slug_en and Page.objects.filter(slug_en=self.slug_en).exclude(pk=self.pk).exists():
            raise ValidationError({"slug_en": _("Another page has this English slug.")})
        if not self.parent_id and self.slug_en == "contact" and self.slug != "lien-he":
            raise ValidationError({"slug_en": _("This address is used by another part of the portal.")})


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
