"""What every reviewed content type shares: the step errors and one guarded state change.

news/workflow.py and documents/workflow.py hold their own rules (who may take which step
from which state); the move itself, on the stored row under lock and recorded, is done here.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _


class WorkflowError(Exception):
    """A step the item's state does not allow; the message is meant for the user."""


class TransitionForbidden(PermissionDenied):
    """A step the user has no right to take (answered with 403)."""


def rule_check(rule, *, by, state=lambda stored: stored.status, label=None):
    """Return a check for move(): the stored state must be a source of rule and by must hold its permission.

    rule is (permission, states the step may start from).
    """
    permission, sources = rule

    def check(stored):
        if state(stored) not in sources:
            raise WorkflowError(_("This step is not possible: the item is now “%(state)s”.")
                                % {"state": label(stored) if label else stored.get_status_display()})
        if not by.has_perm(permission):
            raise TransitionForbidden(_("You do not have the right to take this step."))
    return check


def move(*, item, to_status, check, record, change=None, refreshed=None):
    """Apply one step to the stored row of item under lock and return what record(stored, from_status) made.

    check(stored) raises WorkflowError or TransitionForbidden when the step may not be taken now;
    change(stored) may set more fields. The caller's item then takes the stored values of the
    fields in refreshed (all of them by default).
    """
    with transaction.atomic():
        stored = type(item)._default_manager.select_for_update().get(pk=item.pk)
        check(stored)
        from_status = stored.status
        stored.status = to_status
        if change is not None:
            change(stored)
        stored.save()
        step = record(stored, from_status)
    values = {key: value for key, value in stored.__dict__.items() if not key.startswith("_")}
    if refreshed is not None:
        values = {key: values[key] for key in refreshed}
    item.__dict__.update(values)
    return step
