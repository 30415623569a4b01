"""Tasks in the work area: my tasks, a task's page, progress reports, assignment, confirmation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from youth import services
from youth.forms import ProgressForm, TargetFormSet, TaskForm
from youth.models import CalendarToken, Meeting, Task, is_leader
from youth.permissions import can_report, person_of, visible_tasks
from youth.views.access import StaffAreaMixin, require_leader


class MyTasksView(StaffAreaMixin, TemplateView):
    template_name = "youth/my_tasks.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = person_of(self.request.user)
        today = timezone.localdate()
        tasks = Task.objects.none()
        if person is not None:
            tasks = (Task.objects.led_by(person).active().with_timeliness(today).by_urgency()
                     .select_related("lead_person", "lead_unit", "meeting"))
        token = CalendarToken.objects.filter(user=self.request.user).first()
        feed_url = self.request.build_absolute_uri(token.get_absolute_url()) if token else None
        context.update(person=person, tasks=tasks, today=today, feed_url=feed_url)
        return context


def _task_or_404(user, pk):
    queryset = visible_tasks(user).select_related("lead_person", "lead_unit", "assigner", "meeting")
    return get_object_or_404(queryset, pk=pk)


def _render_task(request, task, form=None, status=200):
    today = timezone.localdate()
    reporter = can_report(request.user, task)
    if form is None and reporter:
        form = ProgressForm(task=task, initial={"reported_on": today, "percent": _last_percent(task)})
    context = {
        "task": task, "today": today, "form": form if reporter else None,
        "reports": task.reports.select_related("author").prefetch_related("readings__target"),
        "targets": task.targets.all(), "leader": is_leader(request.user),
        "can_confirm": is_leader(request.user) and task.state == Task.State.AWAITING,
    }
    return render(request, "youth/task_detail.html", context, status=status)


def _last_percent(task):
    latest = task.reports.first()
    return latest.percent if latest else 0


@login_required
def task_detail(request, pk):
    return _render_task(request, _task_or_404(request.user, pk))


@login_required
@require_POST
def report_progress(request, pk):
    task = _task_or_404(request.user, pk)
    if not can_report(request.user, task):
        raise PermissionDenied
    form = ProgressForm(request.POST, task=task)
    if not form.is_valid():
        return _render_task(request, task, form, status=400)
    try:
        services.report_progress(
            task=task, by=request.user, percent=form.cleaned_data["percent"],
            outlook=form.cleaned_data["outlook"], narrative=form.cleaned_data["narrative"],
            reported_on=form.cleaned_data["reported_on"], actual_values=form.actual_values(),
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _render_task(request, task, form, status=400)
    messages.success(request, _("Progress report saved."))
    return redirect(task)


@login_required
@require_POST
def confirm_completion(request, pk):
    require_leader(request.user)
    task = _task_or_404(request.user, pk)
    try:
        services.confirm_completion(task=task, by=request.user, accept=request.POST.get("accept") == "1")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(task)
    messages.success(request, _("Task updated."))
    return redirect(task)


@login_required
def task_create(request):
    require_leader(request.user)
    initial = {"start_date": timezone.localdate()}
    if request.GET.get("cuoc-hop", "").isdigit():
        initial["meeting"] = Meeting.objects.filter(pk=request.GET["cuoc-hop"]).select_related("chair").first()
    form = TaskForm(request.POST or None, initial=initial, assigner=person_of(request.user))
    targets = TargetFormSet(request.POST or None, prefix="chi-tieu")
    if request.method == "POST":
        if form.is_valid() and targets.is_valid():
            data = form.cleaned_data
            rows = [
                {"metric": t["metric"], "unit": t.get("unit", ""), "target_value": t.get("target_value")}
                for t in targets.cleaned_data if t and t.get("metric")
            ]
            task = services.assign_task(
                by=request.user, targets=rows,
                **{key: data[key] for key in ("meeting", "group", "order", "title", "description", "lead_person",
                                              "lead_unit", "coordinating_units", "followers", "start_date",
                                              "deadline", "priority", "assigner")},
            )
            messages.success(request, _("Task assigned."))
            return redirect(task)
        status = 400
    else:
        status = 200
    return render(request, "youth/task_form.html", {"form": form, "targets": targets}, status=status)
