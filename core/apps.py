from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared library: no models, but system checks, template tags and the admin's hooks."""

    name = "core"
    verbose_name = _("Shared library")

    def ready(self):
        from core.admin import i18n as admin_i18n
        from core.admin import plaintext as admin_plaintext
        from core.caching import checks as cache_checks  # noqa: F401  (registers the system checks)
        from core.caching import invalidation
        from core.security import checks as security_checks  # noqa: F401  (registers the checks)

        admin_i18n.install()
        admin_plaintext.install()
        # Every public model's changes make cached pages stale.
        invalidation.connect()
