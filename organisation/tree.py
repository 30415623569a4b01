"""The organisation chart: the public units as a tree, read in one query."""

from organisation.models import Unit


def unit_tree():
    """Return the top public units, each with .branches (its public sub-units, recursively) and .head loaded."""
    units = list(Unit.objects.filter(is_public=True).select_related("head"))
    by_parent = {}
    for unit in units:
        unit.branches = []
        by_parent.setdefault(unit.parent_id, []).append(unit)
    known = {unit.pk for unit in units}
    for unit in units:
        unit.branches = by_parent.get(unit.pk, [])
    # A unit whose parent is hidden or absent is shown at the top rather than lost.
    return [unit for unit in units if unit.parent_id is None or unit.parent_id not in known]
