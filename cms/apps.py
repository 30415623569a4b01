from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")
    # Models no public page shows (core/caching/invalidation.py): the visit counters, written on every visit.
    private_models = frozenset({"DailyVisits", "ActiveVisitors"})

    def ready(self):
        from cms import placeholders  # noqa: F401  (registers its check)
