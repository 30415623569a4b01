"""Handling a data subject's request: each step is its own row, and the request's status follows the last step."""

from django.db import transaction
from django.utils import timezone

from notices.models import DataSubjectRequest, DataSubjectRequestStep


@transaction.atomic
def receive_request(*, by, received_on, requester_name, kind, requester_contact="", details="", debtor=None):
    """Record a request as received, with its due date under the rule in force on received_on."""
    request = DataSubjectRequest.objects.create(
        requester_name=requester_name, requester_contact=requester_contact, kind=kind, details=details,
        debtor=debtor, received_on=received_on)
    record_received(request=request, by=by)
    return request


def record_received(*, request, by):
    """Record the first step of a request just saved: who received it."""
    return DataSubjectRequestStep.objects.create(request=request, by=by, status=DataSubjectRequest.Status.RECEIVED,
                                                 action=str(DataSubjectRequest.Status.RECEIVED.label))


@transaction.atomic
def record_step(*, request, by, action, status, today=None):
    """Add a step to a request and move the request to the step's status (closed when done or refused)."""
    step = DataSubjectRequestStep.objects.create(request=request, by=by, action=action, status=status)
    request.status = status
    request.closed_on = (today or timezone.localdate()) if status in DataSubjectRequest.CLOSED else None
    request.save(update_fields=["status", "closed_on", "due_on", "legal_basis"])
    return step
