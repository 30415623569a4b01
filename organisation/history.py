"""The department's history as the introduction tells it: former names and the changes between units."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from organisation.identity import agency_unit
from organisation.models import UnitEvent


@dataclass
class History:
    """What the introduction shows under "Lịch sử tên gọi và tổ chức"."""

    unit: object = None
    former_names: list = field(default_factory=list)  # UnitName rows no longer in use, oldest first
    changes: list = field(default_factory=list)  # UnitEvent rows, oldest first

    def __bool__(self):
        return bool(self.former_names or self.changes)


def agency_history(*, today=None):
    """Return the agency's former names and every change between its units up to today."""
    today = today or timezone.localdate()
    unit = agency_unit()
    if unit is None:
        return History()
    current = unit.name_on(today).name
    former = [dated for dated in unit.names.all() if dated.valid_to is not None and dated.valid_to < today
              and dated.name != current]
    changes = list(UnitEvent.objects.filter(date__lte=today).select_related("source", "target")
                   .prefetch_related("source__names", "target__names"))
    for event in changes:
        # Each side under the name it had on either side of the change.
        event.before_name = event.source.name_on(event.date - datetime.timedelta(days=1)).name
        event.after_name = event.target.name_on(event.date).name
    periods = _merge_same_names(former)
    for period in periods:
        # The decision that ended a name is the one that gave the next.
        following = [dated for dated in unit.names.all()
                     if dated.valid_from == period["valid_to"] + datetime.timedelta(days=1)]
        period["changed_by"] = following[0].decision if following else ""
        period["next_name"] = following[0].name if following else ""
    return History(unit=unit, former_names=periods, changes=changes)


def _merge_same_names(names):
    """Join consecutive dated rows of one name (a change of superior only) into one period."""
    merged = []
    for dated in names:
        if merged and merged[-1]["name"] == dated.name:
            merged[-1]["valid_to"] = dated.valid_to
        else:
            merged.append({"name": dated.name, "valid_from": dated.valid_from, "valid_to": dated.valid_to,
                           "decision": dated.decision})
    return merged
