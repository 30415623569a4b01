"""Tasks in the work area: my tasks, a task's page, progress reports, assignment, confirmation,
and a leader's edit, extension and cancellation (each kept with its reason)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from youth import services
from youth.forms import CancelForm, ExtendForm, ProgressForm, TargetFormSet, TaskForm, TaskTargetsFormSet
from youth.models import CalendarToken, Meeting, Task, TaskChange, is_leader
from youth.permissions import can_manage, can_report, person_of, visible_tasks
from youth.views.access import StaffAreaMixin, require_leader


class MyTasksView(StaffAreaMixin, TemplateView):
    template_name = "youth/my_tasks.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = person_of(self.request.user)
        today = timezone.localdate()
        tasks = Task.objects.none()
        if person is not None:
            tasks = (Task.objects.led_by(person).active().with_timeliness(today).with_extension_flag().by_urgency()
                     .select_related("lead_person", "lead_unit", "meeting"))
        token = CalendarToken.objects.filter(user=self.request.user).first()
        feed_url = self.request.build_absolute_uri(token.get_absolute_url()) if token else None
        context.update(person=person, tasks=tasks, today=today, feed_url=feed_url)
        return context


def _task_or_404(user, pk):
    queryset = visible_tasks(user).select_related("lead_person", "lead_unit", "assigner", "meeting")
    return get_object_or_404(queryset, pk=pk)


EXTEND_PREFIX, CANCEL_PREFIX = "gia-han", "huy"


def _render_task(request, task, form=None, status=200, extend_form=None, cancel_form=None):
    """Render a task's page; a form given here is the one that was refused, shown open with its errors."""
    today = timezone.localdate()
    reporter = can_report(request.user, task)
    if form is None and reporter:
        form = ProgressForm(task=task, initial={"reported_on": today, "percent": _last_percent(task)})
    manager = can_manage(request.user, task)
    is_open = task.state not in services.CLOSED_STATES
    if extend_form is None and manager and is_open and task.completed_on is None:
        extend_form = ExtendForm(prefix=EXTEND_PREFIX)
    if cancel_form is None and manager and is_open:
        cancel_form = CancelForm(prefix=CANCEL_PREFIX)
    changes = list(task.changes.select_related("changed_by__person"))
    extensions = [change for change in changes if change.kind == TaskChange.Kind.EXTENDED]
    context = {
        "task": task, "today": today, "form": form if reporter else None,
        "reports": task.reports.select_related("author").prefetch_related("readings__target"),
        "targets": task.targets.all(), "leader": is_leader(request.user),
        "can_confirm": is_leader(request.user) and task.state == Task.State.AWAITING,
        "can_edit": manager and is_open, "extend_form": extend_form, "cancel_form": cancel_form,
        "changes": changes,
        # The deadline first given, when it has been extended since (changes are newest first).
        "original_deadline": extensions[-1].old_deadline if extensions else None,
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


def _adjust_task(request, pk, *, form_class, prefix, form_name, apply):
    """Handle a leader's extension or cancellation form: apply(task, cleaned_data) returns the success message.

    Refused input (the form's or the service's) comes back on the task's page, open, with status 400.
    """
    require_leader(request.user)
    task = _task_or_404(request.user, pk)
    form = form_class(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            message = apply(task, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, message)
            return redirect(task)
    return _render_task(request, task, status=400, **{form_name: form})


@login_required
@require_POST
def extend_task(request, pk):
    """Extend a task's deadline with a reason."""
    def apply(task, data):
        services.extend_task(task=task, new_deadline=data["new_deadline"], reason=data["reason"], by=request.user)
        return _("The deadline is extended to %(date)s.") % {"date": task.deadline.strftime("%d/%m/%Y")}

    return _adjust_task(request, pk, form_class=ExtendForm, prefix=EXTEND_PREFIX, form_name="extend_form",
                        apply=apply)


@login_required
@require_POST
def cancel_task(request, pk):
    """Cancel a task with a reason."""
    def apply(task, data):
        services.cancel_task(task=task, reason=data["reason"], by=request.user)
        return _("The task is cancelled.")

    return _adjust_task(request, pk, form_class=CancelForm, prefix=CANCEL_PREFIX, form_name="cancel_form",
                        apply=apply)


@login_required
def task_edit(request, pk):
    """Edit a task with the form that assigns one, prefilled; targets are edited or added, never dropped."""
    require_leader(request.user)
    task = _task_or_404(request.user, pk)
    if task.state in services.CLOSED_STATES:
        messages.error(request, _("This task is closed (%(state)s); it can no longer be changed.")
                       % {"state": task.get_state_display()})
        return redirect(task)
    form = TaskForm(request.POST or None, instance=task)
    targets = TaskTargetsFormSet(request.POST or None, instance=task, prefix="chi-tieu")
    status = 200
    if request.method == "POST":
        if all([form.is_valid(), targets.is_valid()]):  # both checked, so every error shows at once
            data = form.cleaned_data
            rows = [
                {"target": row.get("id"), "metric": row["metric"], "unit": row.get("unit", ""),
                 "target_value": row.get("target_value")}
                for row in targets.cleaned_data if row and row.get("metric")
            ]
            try:
                services.update_task(
                    task=task, by=request.user, coordinating_units=data["coordinating_units"],
                    followers=data["followers"], targets=rows, base_revision=data["base_revision"],
                    **{key: data[key] for key in ("meeting", "group", "order", "title", "description", "lead_person",
                                                  "lead_unit", "start_date", "deadline", "priority", "assigner")},
                )
            except services.TaskEditConflict as conflict:
                # Nothing saved: the user's text comes back with what the other save changed.
                form.show_conflict(current=Task.objects.get(pk=conflict.current.pk))
                status = 409
            except ValidationError as error:
                form.add_error(None, error)
                status = 400
            else:
                messages.success(request, _("Task saved."))
                return redirect(task)
        else:
            status = 400
    return render(request, "youth/task_form.html", {"form": form, "targets": targets, "task": task}, status=status)
