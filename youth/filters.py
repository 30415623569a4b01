"""Filters of the task lists (django-filter)."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from youth.forms import DMY, capitalise_labels
from youth.models import TIMELINESS_CHOICES, Meeting, Person, Task, Unit

DATE_ERRORS = {"invalid": _("Enter a date in the form dd/mm/yyyy.")}


class TaskFilter(django_filters.FilterSet):
    """Filter a queryset already annotated by TaskQuerySet.with_timeliness()."""

    state = django_filters.ChoiceFilter(label=_("state"), choices=Task.State.choices)
    timeliness = django_filters.ChoiceFilter(label=_("timeliness"), choices=TIMELINESS_CHOICES,
                                             method="filter_timeliness")
    unit = django_filters.ModelChoiceFilter(label=_("unit"), queryset=Unit.objects.all(), method="filter_unit")
    lead = django_filters.ModelChoiceFilter(label=_("lead person"), field_name="lead_person",
                                            queryset=Person.objects.all())
    meeting = django_filters.ModelChoiceFilter(label=_("meeting"), queryset=Meeting.objects.all())
    deadline_from = django_filters.DateFilter(
        label=_("deadline from"), field_name="deadline", lookup_expr="gte", input_formats=DMY,
        error_messages=DATE_ERRORS,
    )
    deadline_to = django_filters.DateFilter(
        label=_("deadline to"), field_name="deadline", lookup_expr="lte", input_formats=DMY,
        error_messages=DATE_ERRORS,
    )

    class Meta:
        model = Task
        fields = []

    @property
    def form(self):
        return capitalise_labels(super().form)

    def filter_timeliness(self, queryset, name, value):
        return queryset.filter(timeliness_value=value)

    def filter_unit(self, queryset, name, unit):
        coordinated = Task.objects.filter(coordinating_units=unit).values("pk")
        return queryset.filter(Q(responsible_unit_id=unit.pk) | Q(pk__in=coordinated))
