from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitewideConfig(AppConfig):
    """What spans the sections: the home page, site-wide search, the site map, demo content, daily jobs."""

    name = "sitewide"
    verbose_name = _("Whole site")
