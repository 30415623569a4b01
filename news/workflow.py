"""The editorial workflow: every rule about who may move or edit an article, in one place.

States: Nháp (draft) → Chờ duyệt (pending) → Đã biên tập, chờ duyệt (edited: the editor passed it
to the approver; an approver may also publish a pending article) → Đã xuất bản (published); Trả lại (returned,
with a reason) goes back to the writer; Đã gỡ (taken down, with a reason). "Hẹn giờ"
(scheduled) is not stored: it is a published article whose publication time is still
to come, and it becomes public at that time by itself (ArticleQuerySet.published()).

The admin only renders and dispatches: it calls these functions, which check the
permission and the state again on the row as stored, so a forged request changes nothing.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.workflow import TransitionForbidden, WorkflowError, move
from news import article_page, notifications, related
from news.models import Article, ArticleTransition

Status = Article.Status
SCHEDULED = "scheduled"  # a derived state, never stored

SUBMIT, FINISH_EDITING, RETURN, PUBLISH, TAKE_DOWN = "submit", "finish_editing", "return", "publish", "take_down"
# action -> (permission, states it may start from)
RULES = {
    SUBMIT: ("news.submit_article", {Status.DRAFT, Status.RETURNED}),
    # The editor (biên tập viên) edits a pending article, then passes it to the approver.
    FINISH_EDITING: ("news.return_article", {Status.PENDING}),
    RETURN: ("news.return_article", {Status.PENDING, Status.EDITED}),
    PUBLISH: ("news.publish_article", {Status.PENDING, Status.EDITED, SCHEDULED}),
    TAKE_DOWN: ("news.take_down_article", {Status.PUBLISHED, SCHEDULED}),
}
# What a restore copies back from an old version (the address and the workflow stay as they are).
RESTORED_FIELDS = ["title", "summary", "body", "byline", "category_id", "cover", "cover_caption"]


class EditConflict(WorkflowError):
    """Someone else saved the article after this edit began."""

    def __init__(self, message, *, current):
        super().__init__(message)
        self.current = current


class StaleStep(WorkflowError):
    """The article changed after the user read it: the step would approve unread text."""

    def __init__(self, message, *, current, seen_revision):
        super().__init__(message)
        self.current = current
        self.seen_revision = seen_revision


def state_of(article):
    """Return the article's state, "scheduled" included."""
    return SCHEDULED if article.is_scheduled else article.status


def can_edit(user, article):
    """Return True if user may change the article's content in its stored state."""
    if article.pk is None:
        return user.has_perm("news.add_article")
    if not user.has_perm("news.change_article"):
        return False
    if article.status in (Status.PUBLISHED, Status.TAKEN_DOWN):
        return user.has_perm("news.edit_published_article")
    if user.has_perm("news.edit_unpublished_article"):
        return True
    return article.author_id == user.pk and article.status in (Status.DRAFT, Status.RETURNED)


def can(user, action, article):
    """Return True if user may take the workflow step action on the article now."""
    permission, sources = RULES[action]
    if not user.has_perm(permission) or state_of(article) not in sources:
        return False
    if action == SUBMIT and not user.has_perm("news.edit_unpublished_article"):
        return article.author_id == user.pk
    if action == FINISH_EDITING:
        return not user.has_perm("news.publish_article")  # an approver publishes, not passes to itself
    return True


def allowed_actions(user, article):
    """Return the workflow steps user may take on the article now, in display order."""
    if article.pk is None:
        return []
    return [action for action in RULES if can(user, action, article)]


def _check(user, action, article):
    permission, sources = RULES[action]
    if state_of(article) not in sources:
        raise WorkflowError(
            _("This step is not possible: the article is now “%(state)s”.") % {"state": article.state_label}
        )
    if not can(user, action, article):
        raise TransitionForbidden(_("You do not have the right to take this step on this article."))


def _move(*, article, by, action, to_status, reason="", published_at=None, seen_revision=None):
    """Check and apply one step on the stored row, record it, and update the caller's instance.

    seen_revision is the revision the user read before choosing the step; if the
    article was saved (or moved) since, the step is refused: approving must mean
    approving the text that was read.
    """
    reason = (reason or "").strip()

    def check(stored):
        _check(by, action, stored)
        if seen_revision is not None and stored.revision != seen_revision:
            raise StaleStep(
                _("The article was changed after you opened it, so this step was not taken. "
                  "Read what changed below, then take the step again from the article."),
                current=stored, seen_revision=seen_revision,
            )

    def change(stored):
        if published_at is not None:
            stored.published_at = published_at
        stored.revision += 1
        stored._history_user = by
        stored._change_reason = reason or None

    def record(stored, from_status):
        return ArticleTransition.objects.create(
            article=stored, actor=by, at=timezone.now(), from_status=from_status, to_status=to_status, reason=reason,
            scheduled_for=stored.published_at if stored.is_scheduled else None,
        )

    # Only the workflow's fields: the caller's instance may hold an edit not yet saved.
    return move(item=article, to_status=to_status, check=check, change=change, record=record,
                refreshed=("status", "published_at", "revision", "updated_at"))


def _require_reason(reason):
    if not (reason or "").strip():
        raise WorkflowError(_("Give the reason: the writer will read it."))


# The e-mails go out after the step committed, robust=True: a mail server that fails is
# logged (django.db.backends.base) and never turns a step that was taken into an error page.


def submit_article(*, article, by, seen_revision=None):
    """Send a draft or returned article to the approvers (Chờ duyệt)."""
    step = _move(article=article, by=by, action=SUBMIT, to_status=Status.PENDING, seen_revision=seen_revision)
    transaction.on_commit(lambda: notifications.article_submitted(article=article, step=step), robust=True)
    return step


def finish_editing(*, article, by, seen_revision=None):
    """Pass an edited pending article to the approvers (Biên tập xong, chuyển duyệt)."""
    step = _move(article=article, by=by, action=FINISH_EDITING, to_status=Status.EDITED,
                 seen_revision=seen_revision)
    transaction.on_commit(lambda: notifications.article_submitted(article=article, step=step), robust=True)
    return step


def latest_return_reason(article):
    """Return the reason of the article's latest return when it is returned now, else ""."""
    if article.status != Status.RETURNED:
        return ""
    step = article.transitions.filter(to_status=Status.RETURNED).order_by("-at", "-pk").first()
    return step.reason if step else ""


def return_article(*, article, by, reason, seen_revision=None):
    """Send a pending article back to its writer with the reason (Trả lại)."""
    _require_reason(reason)
    step = _move(article=article, by=by, action=RETURN, to_status=Status.RETURNED, reason=reason,
                 seen_revision=seen_revision)
    transaction.on_commit(lambda: notifications.article_returned(article=article, step=step), robust=True)
    return step


def publish_article(*, article, by, at=None, seen_revision=None):
    """Publish a pending article now, or at a later time `at` (Hẹn giờ); also reschedules."""
    # One transaction: a failure ranking the related news leaves the article as it was.
    with transaction.atomic():
        step = _move(article=article, by=by, action=PUBLISH, to_status=Status.PUBLISHED,
                     published_at=at or timezone.now(), seen_revision=seen_revision)
        related.refresh_related(article, neighbours=True)
    transaction.on_commit(lambda: notifications.article_published(article=article, step=step), robust=True)
    transaction.on_commit(lambda: article_page.store_page(article=article), robust=True)
    return step


def take_down_article(*, article, by, reason, seen_revision=None):
    """Withdraw a published or scheduled article (Đã gỡ); its address then answers 410 Gone."""
    _require_reason(reason)
    return _move(article=article, by=by, action=TAKE_DOWN, to_status=Status.TAKEN_DOWN, reason=reason,
                 seen_revision=seen_revision)


def save_article(*, article, by, base_revision=None, reason=None):
    """Save an edit of the article's content, refusing it if someone saved since base_revision.

    The workflow fields (status, publication time, author) are kept as stored: an edit
    never moves an article.
    """
    with transaction.atomic():
        if article.pk is None:
            if not by.has_perm("news.add_article"):
                raise TransitionForbidden(_("You do not have the right to write articles."))
            article.status, article.published_at, article.revision = Status.DRAFT, None, 1
            article.author = article.author or by
            article._history_user = by
            article.save()
            return article
        stored = Article.objects.select_for_update().get(pk=article.pk)
        if not can_edit(by, stored):
            raise TransitionForbidden(_("You do not have the right to edit this article in its present state."))
        if not stored.history.exists():
            # Rows saved before history was kept (imports): record them first so they can be restored.
            Article.history.bulk_history_create([stored], default_change_reason=_("Version before the first edit"))
        expected = stored.revision if base_revision is None else base_revision
        # A conditional UPDATE is atomic on every database, row lock or not.
        if not Article.objects.filter(pk=stored.pk, revision=expected).update(revision=expected + 1):
            raise EditConflict(
                _("Someone else saved this article after you opened it. Your text has not been saved."),
                current=stored,
            )
        article.status, article.published_at, article.author_id = stored.status, stored.published_at, stored.author_id
        article.revision = expected + 1
        article._history_user = by
        article._change_reason = reason
        article.save()
        if article.status == Status.PUBLISHED:
            if article.title != stored.title:
                # Related news is chosen by title words, for this article and its neighbours.
                related.refresh_related(article, neighbours=True)
            transaction.on_commit(lambda: article_page.store_page(article=article), robust=True)
    return article


def restore_version(*, article, version, by):
    """Make an old version the current text again, as a new version (nothing is overwritten)."""
    if version.id != article.pk:
        raise WorkflowError(_("This version belongs to another article."))
    for field in RESTORED_FIELDS:
        setattr(article, field, getattr(version, field))
    when = timezone.localtime(version.history_date).strftime("%d/%m/%Y %H:%M")
    return save_article(article=article, by=by, reason=_("Restored the version of %(when)s") % {"when": when})
