"""Downloads: minutes .docx, the Party-committee report .docx, the task list .xlsx."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from youth.exports.minutes_docx import build_minutes
from youth.exports.report_docx import build_party_report
from youth.exports.tasks_xlsx import build_tasks_xlsx
from youth.filters import TaskFilter
from youth.forms import PeriodForm
from youth.permissions import visible_meetings, visible_tasks
from youth.views.access import require_leader

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def minutes_docx(request, pk):
    meeting = get_object_or_404(visible_meetings(request.user).select_related("organiser__parent", "chair",
                                                                              "secretary"), pk=pk)
    day = timezone.localtime(meeting.starts_at)
    return _download(build_minutes(meeting), DOCX, f"bien-ban-{day:%Y-%m-%d}-{meeting.pk}.docx")


@login_required
def party_report(request):
    require_leader(request.user)
    form = PeriodForm(request.GET or None)
    if request.GET and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        content = build_party_report(start=start, end=end)
        return _download(content, DOCX, f"bao-cao-dang-uy-{start:%Y%m%d}-{end:%Y%m%d}.docx")
    return render(request, "youth/party_report.html", {"form": form}, status=400 if request.GET else 200)


@login_required
def tasks_xlsx(request):
    today = timezone.localdate()
    base = visible_tasks(request.user).active().with_timeliness(today)
    tasks = (
        TaskFilter(request.GET or None, queryset=base, request=request).qs.by_urgency()
        .select_related("lead_person", "lead_unit", "meeting", "assigner")
        .prefetch_related("coordinating_units", "targets")
    )
    return _download(build_tasks_xlsx(tasks, today=today), XLSX, f"nhiem-vu-{today:%Y%m%d}.xlsx")
