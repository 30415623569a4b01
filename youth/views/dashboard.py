"""The leaders' dashboard: the grid, per unit and per group, the most urgent tasks first."""

from django.core.paginator import Paginator
from django.utils import timezone
from django.views.generic import TemplateView

from youth import dashboard
from youth.filters import TaskFilter
from youth.models import is_leader
from youth.permissions import visible_tasks
from youth.views.access import StaffAreaMixin

PAGE_SIZE = 50


class DashboardView(StaffAreaMixin, TemplateView):
    template_name = "youth/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        base = visible_tasks(self.request.user).active().with_timeliness(today)
        task_filter = TaskFilter(self.request.GET or None, queryset=base, request=self.request)
        tasks = task_filter.qs
        # Every task is in exactly one group row: the totals and the page count need no query of their own.
        per_group = dashboard.per_group(tasks)
        counts = dashboard.summary_of(per_group)
        rows = tasks.with_extension_flag().by_urgency().select_related("lead_person", "lead_unit", "meeting")
        paginator = Paginator(rows, PAGE_SIZE)
        paginator.count = counts["total"]
        page = paginator.get_page(self.request.GET.get("trang"))
        query = self.request.GET.copy()
        query.pop("trang", None)
        context.update(
            today=today, filter=task_filter, counts=counts, summary_rows=[counts], page=page, query=query.urlencode(),
            per_unit=dashboard.per_unit(tasks), per_group=per_group,
            chart=dashboard.chart(counts), leader=is_leader(self.request.user),
        )
        return context
