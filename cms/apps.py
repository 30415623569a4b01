from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        from cms import (
            cache_checks,  # noqa: F401  (registers the system check)
            security_checks,  # noqa: F401  (registers the checks)
        )
