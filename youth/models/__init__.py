# The directory moved to the organisation app; re-exported while callers move over.
from organisation.models import Membership, Person, Unit
from youth.models.meetings import AgendaItem, Attendance, Discussion, Guest, Meeting, Reopening
from youth.models.notifications import CalendarToken, ReminderLog
from youth.models.tasks import (
    LEAD_PERMISSION,
    LEADERS_GROUP,
    TIMELINESS_CHOICES,
    TIMELINESS_LABELS,
    ProgressReport,
    Target,
    TargetReading,
    Task,
    TaskChange,
    is_leader,
)

__all__ = [
    "LEAD_PERMISSION", "LEADERS_GROUP", "TIMELINESS_CHOICES", "TIMELINESS_LABELS", "AgendaItem", "Attendance",
    "CalendarToken",
    "Discussion", "Guest", "Meeting", "Membership", "Person", "ProgressReport", "ReminderLog", "Reopening",
    "Target", "TargetReading", "Task", "TaskChange", "Unit", "is_leader",
]
