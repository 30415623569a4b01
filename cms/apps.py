from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        from cms import admin_i18n, placeholders  # noqa: F401  (placeholders registers its check)

        admin_i18n.install()
