"""The numbers behind the leaders' dashboard: a fixed number of queries at any size."""

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from youth import timeliness as tl
from youth.charts import bar_chart
from youth.models import TIMELINESS_LABELS

T = tl.Timeliness
# The grid: done / not done × on time / late, plus due soon and no deadline.
GRID = {
    "done_on_time": [T.DONE_ON_TIME],
    "done_late": [T.DONE_LATE],
    "open_on_time": [T.ON_TIME, T.DUE_SOON],
    "open_late": [T.OVERDUE],
    "due_soon": [T.DUE_SOON],
    "no_deadline": [T.NO_DEADLINE],
}


def _counts():
    counts = {key: Count("pk", filter=Q(timeliness_value__in=[v.value for v in values]))
              for key, values in GRID.items()}
    counts["total"] = Count("pk")
    return counts


def summary(tasks):
    """Return the grid counts of an annotated task queryset (one query)."""
    counts = tasks.order_by().aggregate(**_counts())
    counts["label"] = _("All tasks")
    return counts


def summary_of(rows):
    """Return the grid counts of all tasks added up from a complete breakdown (per_group rows): no query."""
    counts = {key: sum(row[key] for row in rows) for key in [*GRID, "total"]}
    counts["label"] = _("All tasks")
    return counts


def per_unit(tasks):
    """Return the grid counts per responsible unit, most overdue first (one query)."""
    rows = list(
        tasks.order_by()
        .annotate(unit_name=Coalesce("lead_unit__name", "lead_person__unit__name"))
        .values("unit_name")
        .annotate(**_counts())
        .order_by("-open_late", "-due_soon", "unit_name")
    )
    for row in rows:
        row["label"] = row["unit_name"] or _("(no unit)")
    return rows


def group_label(*, group, meeting_title):
    """Return how a group of tasks is named: its group and the meeting it came from ("Nhóm 1 – ‹cuộc họp›")."""
    name = group or _("(no group)")
    return f"{name} – {meeting_title}" if meeting_title else name


def per_group(tasks):
    """Return the grid counts per task group of each meeting, most overdue first (one query).

    "Nhóm 1" of one meeting is not "Nhóm 1" of another: groups are never merged across meetings.
    """
    rows = list(
        tasks.order_by().values("meeting_id", "meeting__title", "group").annotate(**_counts())
        .order_by("-open_late", "-due_soon", "meeting__title", "group")
    )
    for row in rows:
        row["label"] = group_label(group=row["group"], meeting_title=row["meeting__title"])
    return rows


def chart(counts):
    """Return the SVG bar chart of the grid."""
    bars = [
        (TIMELINESS_LABELS[T.OVERDUE], counts["open_late"], "red"),
        (TIMELINESS_LABELS[T.DUE_SOON], counts["due_soon"], "orange"),
        (TIMELINESS_LABELS[T.ON_TIME], counts["open_on_time"] - counts["due_soon"], "blue"),
        (TIMELINESS_LABELS[T.NO_DEADLINE], counts["no_deadline"], "grey"),
        (TIMELINESS_LABELS[T.DONE_LATE], counts["done_late"], "orange"),
        (TIMELINESS_LABELS[T.DONE_ON_TIME], counts["done_on_time"], "green"),
    ]
    return bar_chart(bars, title=_("Tasks by timeliness"))
