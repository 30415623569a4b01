"""Change the directory: rename a unit from a date, record a succession, appoint a person.

Writes go through these functions so a unit's own fields (today's name, the one admin lists and
search show first) stay in step with its dated names.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from organisation.models import Appointment, Unit, UnitEvent, UnitName
from organisation.models.units import name_in_force

TODAY_FIELDS = ("name", "short_name", "superior_name", "symbol")


def sync_today(unit, *, today=None):
    """Copy the dated name in force today onto the unit's own fields."""
    today = today or timezone.localdate()
    current = _in_force(unit, today)
    if current is None:
        return unit
    changed = [field for field in TODAY_FIELDS if getattr(unit, field) != getattr(current, field)]
    for field in changed:
        setattr(unit, field, getattr(current, field))
    if changed:
        unit.save(update_fields=changed)
    return unit


def _in_force(unit, day):
    # Read afresh, not through unit.names: a prefetched list may predate this transaction's writes.
    return name_in_force(UnitName.objects.filter(unit=unit), day)


@transaction.atomic
def rename_unit(*, unit, on, name, short_name="", name_en="", superior_name=None, symbol=None, decision=""):
    """Give unit a new name from the day on; the name in use until then ends the day before.

    The superior lines and the symbol carry over unless given. Returns the new UnitName.
    """
    previous = _in_force(unit, on - datetime.timedelta(days=1))
    if previous is None and not UnitName.objects.filter(unit=unit).exists():
        # A unit without history: today's fields are its first dated name.
        previous = UnitName.objects.create(unit=unit, name=unit.name, short_name=unit.short_name,
                                           superior_name=unit.superior_name, symbol=unit.symbol)
    if previous is not None:
        if previous.valid_from and previous.valid_from >= on:
            raise ValidationError(_("The new name must start after the name it replaces."))
        previous.valid_to = on - datetime.timedelta(days=1)
        previous.save(update_fields=["valid_to"])
    carried = previous or unit
    dated = UnitName(
        unit=unit, name=name, short_name=short_name, name_en=name_en, valid_from=on, decision=decision,
        superior_name=carried.superior_name if superior_name is None else superior_name,
        symbol=carried.symbol if symbol is None else symbol)
    dated.full_clean()
    dated.save()
    sync_today(unit)
    return dated


@transaction.atomic
def record_succession(*, source, target, kind, on, decision="", note=""):
    """Record that source was merged into, split into or replaced by target on the day on; source closes."""
    event = UnitEvent(source=source, target=target, kind=kind, date=on, decision=decision, note=note)
    event.full_clean()
    event.save()
    if kind != UnitEvent.Kind.SPLIT or source.closed_on is None:
        Unit.objects.filter(pk=source.pk).update(closed_on=on)
        source.closed_on = on
    return event


@transaction.atomic
def change_title(*, person, capacity, on, title, title_en="", unit=None, decision=""):
    """Give person a new title in one capacity from the day on; the title held until then ends the day before."""
    held = Appointment.objects.filter(person=person, capacity=capacity).on(on - datetime.timedelta(days=1)).first()
    if held is not None:
        if held.starts_on and held.starts_on >= on:
            raise ValidationError(_("The new position must start after the one it replaces."))
        held.ends_on = on - datetime.timedelta(days=1)
        held.save(update_fields=["ends_on"])
    appointment = Appointment(person=person, capacity=capacity, title=title, title_en=title_en,
                              unit=unit or (held.unit if held else person.unit), starts_on=on, decision=decision,
                              order=held.order if held else 0)
    appointment.full_clean()
    appointment.save()
    return appointment
