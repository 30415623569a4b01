from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.pagecache import InvalidatesPages


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
