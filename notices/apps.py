from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "notices"
    verbose_name = _("Enforcement information")
    # The change history and the data subjects' requests are for staff only (core/caching/invalidation.py).
    private_models = frozenset({"HistoricalDebtor", "HistoricalNotice", "DataSubjectRequest",
                                "DataSubjectRequestStep"})
