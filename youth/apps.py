from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class YouthConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "youth"
    verbose_name = _("Youth Union and tasks")
    # The work area is for staff; only meetings on the public schedule reach public pages, and only
    # Meeting.PUBLIC_SCHEDULE_FIELDS of them (core/caching/invalidation.py).
    private_models = frozenset({
        "Attendance", "Guest", "AgendaItem", "Discussion", "Reopening", "CalendarToken", "ReminderLog",
        "Task", "Target", "ProgressReport", "TargetReading", "TaskChange",
    })
