"""Filters of the task lists (django-filter)."""

import django_filters
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from youth.forms import DMY, capitalise_labels
from youth.models import TIMELINESS_CHOICES, Person, Task, Unit, is_leader
from youth.permissions import visible_meetings, visible_tasks

DATE_ERRORS = {"invalid": _("Enter a date in the form dd/mm/yyyy.")}


def meeting_choices(request):
    """Return the meetings the viewer may read: their titles are not for everyone."""
    if request is None:
        return visible_meetings(AnonymousUser())
    return visible_meetings(request.user)


def lead_choices(request):
    """Return the people the viewer may see as leads: all for leaders, else leads of tasks they may read."""
    user = request.user if request is not None else AnonymousUser()
    if is_leader(user):
        return Person.objects.all()
    return Person.objects.filter(pk__in=visible_tasks(user).values("lead_person"))


class TaskFilter(django_filters.FilterSet):
    """Filter a queryset already annotated by TaskQuerySet.with_timeliness()."""

    state = django_filters.ChoiceFilter(label=_("state"), choices=Task.State.choices)
    timeliness = django_filters.ChoiceFilter(label=_("timeliness"), choices=TIMELINESS_CHOICES,
                                             method="filter_timeliness")
    unit = django_filters.ModelChoiceFilter(label=_("unit"), queryset=Unit.objects.all(), method="filter_unit")
    # Built per request (django-filter calls these with it): pass request= when creating the filter.
    lead = django_filters.ModelChoiceFilter(label=_("lead person"), field_name="lead_person",
                                            queryset=lead_choices)
    meeting = django_filters.ModelChoiceFilter(label=_("meeting"), queryset=meeting_choices)
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
