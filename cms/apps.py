from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")
    # Models no public page shows (cms/invalidation.py): the visit counters, written on every visit.
    private_models = frozenset({"DailyVisits", "ActiveVisitors"})

    def ready(self):
        from cms import (
            admin_i18n,
            admin_plaintext,
            cache_checks,  # noqa: F401  (registers the system checks)
            invalidation,
            placeholders,  # noqa: F401  (registers its check)
            security_checks,  # noqa: F401  (registers the checks)
        )

        admin_i18n.install()
        admin_plaintext.install()
        # Every public model's changes make cached pages stale.
        invalidation.connect()
