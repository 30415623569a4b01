"""Deadlines set by law: the rule in force on the day a deadline starts decides how long it is."""

import dataclasses
import datetime

from core.dates.workdays import add_working_days
from legal.models import LegalBasis


@dataclasses.dataclass(frozen=True)
class Rule:
    """How many days a basis gives to act, and whether it was carried over from a basis no longer in force."""

    basis: LegalBasis
    days: int
    working_days: bool
    carried_over: bool = False

    def due_on(self, start):
        """Return the last day to act for a deadline that starts on start (start itself not counted)."""
        if self.working_days:
            return add_working_days(start, self.days)
        return start + datetime.timedelta(days=self.days)


def rule_for(topic, *, on):
    """Return the Rule of a topic in force on a day, or None if no basis of the topic ever set a deadline.

    When the basis that set the deadline has left force and no new one sets one (the register's
    3 working days after 30/6/2026, while the new law's guidance is awaited), the last rule is
    kept and marked carried_over, so that the office keeps to it rather than to none.
    """
    bases = LegalBasis.objects.filter(topic=topic).with_deadline()
    basis = bases.in_force(on=on).first()
    carried_over = False
    if basis is None:
        basis = bases.filter(in_force_to__lt=on).order_by("-in_force_to", "order").first()
        carried_over = True
    if basis is None:
        return None
    return Rule(basis=basis, days=basis.deadline_days, working_days=basis.deadline_in_working_days,
                carried_over=carried_over)


def main_basis(topic, *, on):
    """Return the main basis of a topic in force on a day, or None."""
    return LegalBasis.objects.for_topic(topic, on=on).first()
