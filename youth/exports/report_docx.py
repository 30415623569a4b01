"""A report to the Party committee on the tasks of a period (.docx)."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from docx.enum.text import WD_ALIGN_PARAGRAPH

from youth import timeliness as tl
from youth.dashboard import group_label
from youth.exports.docx_common import (
    PLACE,
    cell_text,
    fixed_table,
    new_document,
    paragraph,
    set_widths,
    text_width_mm,
    to_bytes,
)
from youth.exports.identity import (
    for_report,
    header_block,
    identity_for,
    kind_and_subject,
    signature_and_recipients,
)
from youth.models import TIMELINESS_LABELS, Membership, Task, Unit

T = tl.Timeliness


def tasks_in_period(*, start, end):
    """Return the tasks open at some time in the period, cancelled ones left out."""
    return (
        Task.objects.active()
        .filter(start_date__lte=end)
        .filter(Q(completed_on__isnull=True) | Q(completed_on__gte=start))
        .select_related("lead_person", "lead_unit", "meeting")
        .prefetch_related("targets", "reports")
        .order_by("meeting__starts_at", "meeting_id", "group", "order", "pk")
    )


def build_party_report(*, start: datetime.date, end: datetime.date, today=None):
    """Return the .docx bytes of the report for the period start..end."""
    today = min(end, today or timezone.localdate())
    with translation.override(settings.LANGUAGE_CODE):
        return to_bytes(_document(list(tasks_in_period(start=start, end=end)), start, end, today))


def grid(tasks, today):
    """Return the done / not done × on time / late counts of tasks on a day."""
    counts = defaultdict(int)
    for task in tasks:
        counts[task.timeliness(today)] += 1
    return counts


def _document(tasks, start, end, today):
    branch = Unit.objects.filter(kind=Unit.Kind.YOUTH_UNION).select_related("parent").first()
    party = Unit.objects.filter(kind=Unit.Kind.PARTY).first()
    # Dated its last day (or today): the bodies are named as they were on that day.
    identity = identity_for(branch, on=today)
    party_name = party.name_on(today).name if party else ""
    document = new_document(identity.page)
    header_block(document, identity, number="", kind_code="BC", place=PLACE, day=today)
    kind_and_subject(document, identity, kind=_("REPORT"), subject=_(
        "Results of the assigned tasks from %(start)s to %(end)s") % {
        "start": start.strftime("%d/%m/%Y"), "end": end.strftime("%d/%m/%Y")})
    if party:
        paragraph(document, _("To: %(name)s") % {"name": party_name}, align=WD_ALIGN_PARAGRAPH.CENTER)

    counts = grid(tasks, today)
    paragraph(document, _("I. OVERVIEW"), bold=True)
    paragraph(document, _("Tasks in the period: %(count)s (status on %(day)s).") % {
        "count": len(tasks), "day": today.strftime("%d/%m/%Y")}, indent_first=True)
    width = text_width_mm(document)
    table = fixed_table(document, [width - 80, 40, 40], rows=3, grid=True)
    rows = [
        ["", _("On time"), _("Late")],
        [_("Done"), counts[T.DONE_ON_TIME], counts[T.DONE_LATE]],
        [_("Not done"), counts[T.ON_TIME] + counts[T.DUE_SOON], counts[T.OVERDUE]],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell_text(cell, str(value), align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(document, _("Due soon: %(soon)s. No deadline: %(none)s.") % {
        "soon": counts[T.DUE_SOON], "none": counts[T.NO_DEADLINE]}, indent_first=True)

    paragraph(document, _("II. TASKS BY GROUP"), bold=True)
    groups = defaultdict(list)
    for task in tasks:
        # Keyed by meeting too: the same group name in two meetings is two groups.
        title = task.meeting.title if task.meeting_id else ""
        groups[(task.meeting_id, task.group)].append((title, task))
    for (_meeting, group), rows in groups.items():
        label = group_label(group=group or _("Other tasks"), meeting_title=rows[0][0])
        members = [task for _title, task in rows]
        paragraph(document, label, bold=True, indent_first=True)
        for task in members:
            latest = task.reports.all()[0] if task.reports.all() else None
            percent = f"{latest.percent}%" if latest else "0%"
            paragraph(document, f"- {task.title}", indent_first=True, space_after=0)
            paragraph(document, _("Lead: %(lead)s; state: %(state)s; %(timeliness)s; progress %(percent)s.") % {
                "lead": task.lead_label, "state": task.get_state_display(),
                "timeliness": TIMELINESS_LABELS[task.timeliness(today)], "percent": percent},
                italic=True, indent_first=True)
            targets = list(task.targets.all())
            if targets:
                _targets_table(document, targets)

    paragraph(document, _("III. SHORTCOMINGS AND ITEMS NEEDING DIRECTION"), bold=True)
    lagging = [t for t in tasks if t.timeliness(today) in (T.OVERDUE, T.DONE_LATE)]
    if not lagging:
        paragraph(document, _("No task is late."), indent_first=True)
    for task in lagging:
        latest = task.reports.all()[0] if task.reports.all() else None
        explanation = latest.narrative if latest and latest.narrative else _("no explanation reported yet")
        paragraph(document, f"- {task.title}: {explanation}", indent_first=True)

    paragraph(document, "")
    secretary = (Membership.objects.current(today).filter(role=Membership.Role.SECRETARY)
                 .select_related("person").first())
    signature_and_recipients(
        document, identity,
        signers=[([_("For the executive committee"), _("Branch secretary")],
                  secretary.person.full_name if secretary else "")],
        recipients=[for_report(party_name)] if party else [],
    )
    return document


def _targets_table(document, targets):
    width = text_width_mm(document)
    widths = [width - 100, 25, 25, 25, 25]
    table = fixed_table(document, widths, grid=True)
    headers = [_("Target"), _("Unit of measure"), _("Planned value"), _("Actual"), _("Reached")]
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell_text(cell, text, bold=True, size=13)
    for target in targets:
        percent = target.percent
        values = [target.metric, target.unit, _n(target.target_value), _n(target.actual_value),
                  f"{percent}%" if percent is not None else "—"]
        row = table.add_row()
        set_widths(row, widths)
        for cell, value in zip(row.cells, values, strict=True):
            cell_text(cell, value, size=13)


def _n(value):
    if value is None:
        return "—"
    return f"{value:.2f}".rstrip("0").rstrip(".")
