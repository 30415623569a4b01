from youth.models.meetings import AgendaItem, Attendance, Discussion, Guest, Meeting, Reopening
from youth.models.notifications import CalendarToken, ReminderLog
from youth.models.organisation import Membership, Person, Unit
from youth.models.tasks import (
    LEADERS_GROUP,
    TIMELINESS_CHOICES,
    TIMELINESS_LABELS,
    ProgressReport,
    Target,
    TargetReading,
    Task,
    is_leader,
)

__all__ = [
    "LEADERS_GROUP", "TIMELINESS_CHOICES", "TIMELINESS_LABELS", "AgendaItem", "Attendance", "CalendarToken",
    "Discussion", "Guest", "Meeting", "Membership", "Person", "ProgressReport", "ReminderLog", "Reopening",
    "Target", "TargetReading", "Task", "Unit", "is_leader",
]
