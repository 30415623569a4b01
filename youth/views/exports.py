"""Downloads: the meeting papers (.docx, .pdf), the Party-committee report, the task list .xlsx."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from youth.exports.minutes_docx import build_minutes
from youth.exports.notice_docx import build_notice
from youth.exports.pdf import PdfUnavailable, docx_to_pdf, pdf_available
from youth.exports.report_docx import build_party_report
from youth.exports.tasks_xlsx import build_tasks_xlsx
from youth.filters import TaskFilter
from youth.forms import PeriodForm
from youth.permissions import visible_meetings, visible_tasks
from youth.views.access import require_leader

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
# Paper slug in the address -> (builder, file name stem).
MEETING_PAPERS = {"bien-ban": build_minutes, "thong-bao-ket-luan": build_notice}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def meeting_paper(request, pk, paper, extension):
    """Download a meeting's minutes or conclusion notice as .docx or, where LibreOffice is, .pdf."""
    build = MEETING_PAPERS.get(paper)
    if build is None or extension not in ("docx", "pdf"):
        raise Http404
    meeting = get_object_or_404(
        visible_meetings(request.user).select_related("organiser", "chair__unit", "secretary", "notice_issuer"),
        pk=pk)
    day = timezone.localtime(meeting.starts_at)
    content = build(meeting)
    filename = f"{paper}-{day:%Y-%m-%d}-{meeting.pk}"
    if extension == "docx":
        return _download(content, DOCX, f"{filename}.docx")
    try:
        return _download(docx_to_pdf(content), PDF, f"{filename}.pdf")
    except PdfUnavailable:
        messages.error(request, _("The PDF copy cannot be made on this server now; download the .docx instead."))
        return redirect(meeting)


@login_required
def party_report(request):
    require_leader(request.user)
    form = PeriodForm(request.GET or None)
    if request.GET and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        content = build_party_report(start=start, end=end)
        filename = f"bao-cao-dang-uy-{start:%Y%m%d}-{end:%Y%m%d}"
        if request.GET.get("dinh-dang") != "pdf":
            return _download(content, DOCX, f"{filename}.docx")
        try:
            return _download(docx_to_pdf(content), PDF, f"{filename}.pdf")
        except PdfUnavailable:
            messages.error(request, _("The PDF copy cannot be made on this server now; download the .docx instead."))
            return redirect("youth:party_report")
    return render(request, "youth/party_report.html", {"form": form, "pdf_available": pdf_available()},
                  status=400 if request.GET else 200)


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
