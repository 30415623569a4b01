"""Admin change lists that stay fast on large tables: estimated totals and a cheap year/month filter."""

import datetime

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db import connections
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.dates.localtime import local_day_start

# Below this many rows an exact count is cheap; above it an unfiltered list shows PostgreSQL's estimate.
EXACT_COUNT_BELOW = 20_000


def table_rows(model, using="default"):
    """Return the table's row count: PostgreSQL's estimate (pg_class.reltuples) when large, else exact.

    One query either way: the exact count is a sub-select PostgreSQL runs only when the
    estimate is below EXACT_COUNT_BELOW (or unknown: -1 before the first ANALYZE).
    Returns None on other databases.
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT CASE WHEN reltuples >= %s THEN reltuples::bigint ELSE (SELECT count(*) FROM {table}) END "
            "FROM pg_class WHERE oid = %s::regclass",
            [EXACT_COUNT_BELOW, model._meta.db_table],
        )
        return cursor.fetchone()[0]


class EstimatedCountPaginator(Paginator):
    """Count an unfiltered large table from the planner's statistics instead of scanning it."""

    @cached_property
    def count(self):
        query = getattr(self.object_list, "query", None)
        if query is not None and not query.where and not query.distinct:
            rows = table_rows(self.object_list.model, self.object_list.db)
            if rows is not None:
                return rows
        return super().count


def _month_range(year, month):
    start = local_day_start(datetime.date(year, month, 1))
    end = local_day_start(datetime.date(year + month // 12, month % 12 + 1, 1))
    return start, end


class YearMonthFilter(admin.SimpleListFilter):
    """Years (this one back to FIRST_YEAR_LISTED years ago) and, once a year is chosen, its months.

    Replaces date_hierarchy, whose drill-down runs a DISTINCT over every date of the table.
    """

    title = _("publication month")
    parameter_name = "thang"
    date_field = "published_at"
    years_listed = 12

    def lookups(self, request, model_admin):
        this_year = timezone.localdate().year
        chosen = self.value() or ""
        choices = []
        for year in range(this_year, this_year - self.years_listed, -1):
            choices.append((str(year), str(year)))
            if chosen[:4] == str(year):
                choices += [(f"{year}-{month:02d}", f"{month:02d}/{year}") for month in range(1, 13)]
        return choices

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        try:
            if len(value) == 4:
                year = int(value)
                start, end = local_day_start(datetime.date(year, 1, 1)), local_day_start(datetime.date(year + 1, 1, 1))
            else:
                year, month = (int(part) for part in value.split("-"))
                start, end = _month_range(year, month)
        except (ValueError, OverflowError):
            return queryset.none()
        return queryset.filter(**{f"{self.date_field}__gte": start, f"{self.date_field}__lt": end})


class LightChangeList(ChangeList):
    """A change list that leaves out the columns the list never shows (ModelAdmin.list_deferred_fields)."""

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer(*getattr(self.model_admin, "list_deferred_fields", ()))
