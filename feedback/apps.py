from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = _("Questions and feedback")
    # The handling steps are the staff's log (core/caching/invalidation.py); the public answer shows the submission.
    private_models = frozenset({"Step"})
