"""What every reviewed content type shares: the step errors and one guarded state change.

news/workflow.py and documents/workflow.py hold their own rules (who may take which step
from which state); the move itself, on the stored row and recorded, is done here.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _


class WorkflowError(Exception):
    """A step the item's state does not allow; the message is meant for the user."""


class TransitionForbidden(PermissionDenied):
    """A step the user has no right to take (answered with 403)."""


def move(*, item, by, rule, to_status, record, state=lambda stored: stored.status, label=None, change=None):
    """Apply one step to the stored row of item under lock and return what record(stored, from_status) made.

    rule is (permission, states the step may start from); change(stored) may set more fields.
    """
    permission, sources = rule
    with transaction.atomic():
        stored = type(item)._default_manager.select_for_update().get(pk=item.pk)
        if state(stored) not in sources:
            raise WorkflowError(_("This step is not possible: the item is now “%(state)s”.")
                                % {"state": label(stored) if label else stored.get_status_display()})
        if not by.has_perm(permission):
            raise TransitionForbidden(_("You do not have the right to take this step."))
        from_status = stored.status
        stored.status = to_status
        if change is not None:
            change(stored)
        stored.save()
        step = record(stored, from_status)
    item.__dict__.update({key: value for key, value in stored.__dict__.items() if not key.startswith("_")})
    return step
