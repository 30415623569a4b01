"""The review workflow of documents: Nháp (draft) → Đã duyệt (approved) → Đã đăng (published).

Each step is checked on the stored row (core.workflow.move) and recorded with who and when.
"""

from django.utils import timezone

from core.workflow import TransitionForbidden, WorkflowError, move, rule_check
from documents.models import Document, DocumentTransition

__all__ = ["APPROVE", "PUBLISH", "UNPUBLISH", "RULES", "TransitionForbidden", "WorkflowError", "allowed_actions",
           "approve", "publish", "unpublish"]

Status = Document.Status
APPROVE, PUBLISH, UNPUBLISH = "approve", "publish", "unpublish"
# action -> (permission, states it may start from)
RULES = {
    APPROVE: ("documents.approve_document", {Status.DRAFT}),
    PUBLISH: ("documents.publish_document", {Status.APPROVED}),
    UNPUBLISH: ("documents.publish_document", {Status.PUBLISHED}),
}


def allowed_actions(user, document):
    """Return the steps user may take on document now."""
    return [action for action, (permission, sources) in RULES.items()
            if document.pk and document.status in sources and user.has_perm(permission)]


def _step(action, to_status, *, document, by, change=None):
    def record(stored, from_status):
        return DocumentTransition.objects.create(document=stored, actor=by, at=timezone.now(),
                                                 from_status=from_status, to_status=to_status)
    return move(item=document, to_status=to_status, check=rule_check(RULES[action], by=by), record=record,
                change=change)


def approve(*, document, by):
    """Approve a draft (Đã duyệt): ready to be published."""
    return _step(APPROVE, Status.APPROVED, document=document, by=by)


def publish(*, document, by):
    """Publish an approved document: it appears on /van-ban/, in the feed and the sitemap."""
    def stamp(stored):
        stored.published_at = stored.published_at or timezone.now()
    return _step(PUBLISH, Status.PUBLISHED, document=document, by=by, change=stamp)


def unpublish(*, document, by):
    """Take a published document back to draft (a mistake found after publication)."""
    return _step(UNPUBLISH, Status.DRAFT, document=document, by=by)
