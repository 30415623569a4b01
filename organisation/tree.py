"""The organisation chart: the units open today as a tree, read in a few queries."""

from django.utils import timezone

from organisation.models import Unit


def unit_tree(*, today=None):
    """Return the top public units open today, each with .branches (recursively), .today (its name) and .head."""
    today = today or timezone.localdate()
    units = list(Unit.objects.filter(is_public=True).open_on(today).with_names()
                 .select_related("head").prefetch_related("head__appointments"))
    by_parent = {}
    for unit in units:
        unit.today = unit.name_on(today)
        by_parent.setdefault(unit.parent_id, []).append(unit)
    known = {unit.pk for unit in units}
    for unit in units:
        unit.branches = by_parent.get(unit.pk, [])
    # A unit whose parent is hidden, closed or absent is shown at the top rather than lost.
    return [unit for unit in units if unit.parent_id is None or unit.parent_id not in known]
