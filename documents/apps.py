from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "documents"
    verbose_name = _("Documents")
    # The review log is for staff only (core/caching/invalidation.py).
    private_models = frozenset({"DocumentTransition"})
