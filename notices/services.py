"""Writes to the register that span many rows: the Excel import (dry run, then all or nothing)."""

import dataclasses

from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from core.caching.pagecache import pages_changed
from core.text import fold
from notices.importer import Row
from notices.models import Debtor, debtor_basis

FIELDS = ["kind", "name", "birth_year", "address", "judgment_number", "judgment_date", "court", "obligation",
          "decision_number", "decision_date", "published_on"]
BATCH = 500


@dataclasses.dataclass
class Plan:
    """What an import would do: rows to add, rows to change (with the entry), unchanged and refused rows."""

    added: list
    changed: list  # [(Row, Debtor)]
    unchanged: list
    refused: list

    @property
    def can_import(self):
        return not self.refused and bool(self.added or self.changed)

    def rows(self):
        """Return (action, Row) for every row, in sheet order."""
        marked = [("added", row) for row in self.added] + [("changed", row) for row, _ in self.changed]
        marked += [("unchanged", row) for row in self.unchanged] + [("refused", row) for row in self.refused]
        return sorted(marked, key=lambda pair: pair[1].number)


def plan_import(*, office, rows: list[Row]):
    """Return the Plan of importing rows into office's register, comparing with what is stored."""
    existing = {}
    for debtor in Debtor.objects.filter(office=office, removed_on__isnull=True).iterator(chunk_size=2000):
        existing[(fold(debtor.decision_number), fold(debtor.name))] = debtor
    plan = Plan(added=[], changed=[], unchanged=[], refused=[])
    for row in rows:
        if row.refused:
            plan.refused.append(row)
            continue
        debtor = existing.get(row.key)
        if debtor is None:
            plan.added.append(row)
        elif any(_value(row, field, debtor) != getattr(debtor, field) for field in FIELDS):
            plan.changed.append((row, debtor))
        else:
            plan.unchanged.append(row)
    return plan


def _value(row, field, debtor=None):
    value = row.values.get(field)
    if field == "published_on" and value is None:
        return debtor.published_on if debtor else None
    return value


def import_debtors(*, office, rows, progress=None):
    """Apply an import in one transaction; return the Plan applied. Refuse if any row is refused."""
    plan = plan_import(office=office, rows=rows)
    if plan.refused:
        raise ValueError("An import with refused rows cannot be applied.")
    total, done = len(plan.added) + len(plan.changed), 0
    bases = {}  # published_on -> the basis in force that day (bulk writes skip Debtor.save)
    with transaction.atomic():
        for start in range(0, len(plan.added), BATCH):
            batch = []
            for row in plan.added[start:start + BATCH]:
                values = {field: value for field, value in row.values.items() if value is not None}
                debtor = Debtor(office=office, **values)
                if debtor.published_on not in bases:
                    bases[debtor.published_on] = debtor_basis(on=debtor.published_on)
                debtor.legal_basis = bases[debtor.published_on]
                debtor.fill_search_columns()
                batch.append(debtor)
            bulk_create_with_history(batch, Debtor, batch_size=BATCH)
            done += len(batch)
            if progress:
                progress(done, total)
        for start in range(0, len(plan.changed), BATCH):
            batch = []
            for row, debtor in plan.changed[start:start + BATCH]:
                for field in FIELDS:
                    setattr(debtor, field, _value(row, field, debtor))
                debtor.fill_search_columns()
                batch.append(debtor)
            bulk_update_with_history(batch, Debtor, [*FIELDS, "search_exact", "search_folded"], batch_size=BATCH)
            done += len(batch)
            if progress:
                progress(done, total)
        # Bulk writes skip save(): the cached pages learn of them here.
        transaction.on_commit(pages_changed)
    return plan

