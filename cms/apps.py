from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        from cms import (
            admin_i18n,
            admin_plaintext,
            cache_checks,  # noqa: F401  (registers the system check)
            placeholders,  # noqa: F401  (registers its check)
            security_checks,  # noqa: F401  (registers the checks)
        )

        admin_i18n.install()
        admin_plaintext.install()
