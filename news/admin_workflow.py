"""The workflow side of the article admin: state filters, step buttons, timeline, versions.

Views here render and dispatch only; every rule lives in news.workflow.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.admin.widgets import AccessibleAdminMixin
from news import versions, workflow
from news.admin_forms import ArticleAdminForm, AttachmentForm, TransitionForm
from news.models import Article, Attachment

Status = Article.Status
ACTION_LABELS = {
    workflow.SUBMIT: gettext_lazy("Submit for review"),
    workflow.FINISH_EDITING: gettext_lazy("Finish editing, pass to the approver"),
    workflow.RETURN: gettext_lazy("Return to the writer"),
    workflow.PUBLISH: gettext_lazy("Publish / schedule"),
    workflow.TAKE_DOWN: gettext_lazy("Take down"),
}
# Each step carries the revision its taker read (TransitionForm.revision).
STEP_FIELD = "_workflow"  # the name of the step buttons inside the article form
TRANSITIONS = {
    workflow.SUBMIT: lambda article, by, form: workflow.submit_article(
        article=article, by=by, seen_revision=form.cleaned_data["revision"]),
    workflow.FINISH_EDITING: lambda article, by, form: workflow.finish_editing(
        article=article, by=by, seen_revision=form.cleaned_data["revision"]),
    workflow.RETURN: lambda article, by, form: workflow.return_article(
        article=article, by=by, reason=form.cleaned_data["reason"], seen_revision=form.cleaned_data["revision"]),
    workflow.PUBLISH: lambda article, by, form: workflow.publish_article(
        article=article, by=by, at=form.cleaned_data["publish_at"], seen_revision=form.cleaned_data["revision"]),
    workflow.TAKE_DOWN: lambda article, by, form: workflow.take_down_article(
        article=article, by=by, reason=form.cleaned_data["reason"], seen_revision=form.cleaned_data["revision"]),
}


class StateFilter(admin.SimpleListFilter):
    title = gettext_lazy("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            (Status.DRAFT, Status.DRAFT.label),
            (Status.PENDING, Status.PENDING.label),
            (Status.EDITED, Status.EDITED.label),
            (Status.RETURNED, Status.RETURNED.label),
            (workflow.SCHEDULED, _("Scheduled")),
            (Status.PUBLISHED, Status.PUBLISHED.label),
            (Status.TAKEN_DOWN, Status.TAKEN_DOWN.label),
        ]

    def queryset(self, request, queryset):
        value, now = self.value(), timezone.now()
        if value == workflow.SCHEDULED:
            return queryset.filter(status=Status.PUBLISHED, published_at__gt=now)
        if value == Status.PUBLISHED:
            return queryset.published(now=now)
        if value in Status.values:
            return queryset.filter(status=value)
        return queryset


class WaitingForMeFilter(admin.SimpleListFilter):
    """What waits for this user: pending articles for reviewers, own returned articles for writers.

    A reviewer opening the bare list lands on it: reviewing is what they come for.
    """

    title = gettext_lazy("waiting for me")
    parameter_name = "cho_toi"
    ALL = "0"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        if self.used_parameters.get(self.parameter_name) is None and not request.GET and is_reviewer(request.user):
            self.used_parameters[self.parameter_name] = "1"

    def lookups(self, request, model_admin):
        return [("1", _("Waiting for me")), (self.ALL, _("All articles"))]

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": (self.value() or self.ALL) == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        if self.value() != "1":
            return queryset
        return queryset.filter(waiting_for(request.user))


def is_reviewer(user):
    """Return True if the user reviews articles (returns or publishes them)."""
    return user.has_perm("news.publish_article") or user.has_perm("news.return_article")


def waiting_for(user):
    """Return the condition selecting the articles that wait for user's action."""
    condition = Q(status=Status.RETURNED, author=user)
    if is_reviewer(user):
        condition |= Q(status=Status.PENDING)
    if user.has_perm("news.publish_article"):
        condition |= Q(status=Status.EDITED)
    return condition


class AttachmentInline(AccessibleAdminMixin, admin.TabularInline):
    model = Attachment
    form = AttachmentForm
    extra = 1
    fields = ["title", "file", "position", "kind", "human_size"]
    readonly_fields = ["kind", "human_size"]

    @admin.display(description=gettext_lazy("size"))
    def human_size(self, obj):
        from django.template.defaultfilters import filesizeformat

        return filesizeformat(obj.size) if obj.pk else "—"

    def _may_edit(self, request, obj):
        return obj is None or workflow.can_edit(request.user, obj)

    def has_add_permission(self, request, obj):
        return super().has_add_permission(request, obj) and self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_edit(request, obj)


class WorkflowAdminMixin:
    """Article admin behaviour that follows news.workflow."""

    form = ArticleAdminForm
    change_form_template = "admin/news/article/change_form.html"

    @admin.display(description=gettext_lazy("state"), ordering="status")
    def state(self, obj):
        css = workflow.state_of(obj)
        reason = getattr(obj, "last_return_reason", "") if obj.status == Status.RETURNED else ""
        if reason:
            # The writer sees why it came back in the list itself, not only inside the article.
            return format_html('<span class="article-state state-{}">{}</span><br>'
                               '<span class="return-reason">{}</span>', css, obj.state_label, reason)
        return format_html('<span class="article-state state-{}">{}</span>', css, obj.state_label)

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return workflow.can_edit(request.user, obj)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except workflow.EditConflict:
            # Another save landed between this form's check and its write: run the form again,
            # whose check now sees that save and shows the conflict with the user's text kept.
            return super().changeform_view(request, object_id, form_url, extra_context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context.update(
                workflow_actions=[(a, ACTION_LABELS[a]) for a in workflow.allowed_actions(request.user, obj)],
                # Steps are buttons of the article form whenever it can be saved, so no edit is left behind.
                workflow_saves_form=self.has_change_permission(request, obj),
                timeline=obj.transitions.select_related("actor"),
                article_state=obj.state_label,
                return_reason=workflow.latest_return_reason(obj),
                public_url=obj.get_absolute_url(),
            )
        elif add and request.user.has_perm("news.submit_article"):
            context.update(workflow_actions=[(workflow.SUBMIT, ACTION_LABELS[workflow.SUBMIT])],
                           workflow_saves_form=True, article_state=Status.DRAFT.label)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if change and STEP_FIELD in request.POST and not form.has_changed():
            return  # a step pressed on an unchanged form: no empty version in the history
        workflow.save_article(article=obj, by=request.user,
                              base_revision=form.cleaned_data.get("base_revision") if change else None)

    def response_add(self, request, obj, post_url_continue=None):
        if STEP_FIELD in request.POST:
            messages.success(request, _("The article was saved."))
            return self._step_after_save(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if STEP_FIELD in request.POST:
            if getattr(request, "_article_form_changed", False):
                messages.success(request, _("Your changes were saved."))
            return self._step_after_save(request, obj)
        return super().response_change(request, obj)

    def save_form(self, request, form, change):
        request._article_form_changed = form.has_changed()
        return super().save_form(request, form, change)

    def _step_after_save(self, request, article):
        """Take the workflow step pressed in the article form, now that its edits are saved."""
        action = request.POST[STEP_FIELD]
        # The step is on what the user read: the version just saved, or, when nothing was changed,
        # the version the form was opened on (a step on an article changed since is refused).
        changed = getattr(request, "_article_form_changed", True)
        read = article.revision if changed else request.POST.get("base_revision")
        data = {"reason": request.POST.get(f"reason_{action}", ""), "publish_at": request.POST.get("publish_at", ""),
                "revision": read}
        try:
            return self._run_step(request, article, action, TransitionForm(data))
        except PermissionDenied as error:
            # Raising would roll the saved edits back with the refused step.
            messages.error(request, str(error) or _("You do not have the right to take this step on this article."))
            return HttpResponseRedirect(self._change_url(article))

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/buoc/<str:action>/", wrap(self.transition_view), name="news_article_transition"),
            path("<int:pk>/phien-ban/", wrap(self.versions_view), name="news_article_versions"),
            path("<int:pk>/phien-ban/so-sanh/", wrap(self.compare_view), name="news_article_compare"),
            path("<int:pk>/phien-ban/<int:history_id>/khoi-phuc/", wrap(self.restore_view),
                 name="news_article_restore"),
        ] + super().get_urls()

    def _article(self, request, pk):
        article = get_object_or_404(Article, pk=pk)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        return article

    def _change_url(self, article):
        return reverse("admin:news_article_change", args=[article.pk])

    def transition_view(self, request, pk, action):
        return require_POST(self._transition)(request, pk, action)

    def _transition(self, request, pk, action):
        return self._run_step(request, self._article(request, pk), action, TransitionForm(request.POST))

    def _run_step(self, request, article, action, form):
        if action not in TRANSITIONS:
            raise PermissionDenied
        if not form.is_valid():
            messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
            return HttpResponseRedirect(self._change_url(article))
        try:
            TRANSITIONS[action](article, request.user, form)
        except workflow.StaleStep as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(self._changes_since(article, error.seen_revision))
        except workflow.WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Done: the article is now “%(state)s”.") % {"state": article.state_label})
        return HttpResponseRedirect(self._change_url(article))

    def _changes_since(self, article, revision):
        """Return the address showing what changed in the article since the given revision."""
        history = article.history.order_by("-history_id")
        seen, latest = history.filter(revision=revision).first(), history.first()
        if seen is None or latest is None or seen.history_id == latest.history_id:
            return reverse("admin:news_article_versions", args=[article.pk])
        query = f"?a={seen.history_id}&b={latest.history_id}"
        return reverse("admin:news_article_compare", args=[article.pk]) + query

    def versions_view(self, request, pk):
        article = self._article(request, pk)
        context = {
            **self.admin_site.each_context(request), "opts": self.model._meta, "original": article,
            "title": _("Versions of “%(title)s”") % {"title": article.title},
            "versions": article.history.select_related("history_user").order_by("-history_id"),
            "may_restore": workflow.can_edit(request.user, article),
        }
        return TemplateResponse(request, "admin/news/article/versions.html", context)

    def compare_view(self, request, pk):
        article = self._article(request, pk)
        history = article.history.select_related("history_user")
        try:
            ids = sorted(int(request.GET[key]) for key in ("a", "b"))
        except (KeyError, ValueError):
            messages.error(request, _("Choose two versions to compare."))
            return HttpResponseRedirect(reverse("admin:news_article_versions", args=[pk]))
        old, new = get_object_or_404(history, history_id=ids[0]), get_object_or_404(history, history_id=ids[1])
        context = {
            **self.admin_site.each_context(request), "opts": self.model._meta, "original": article,
            "title": _("Compare versions of “%(title)s”") % {"title": article.title},
            "old": old, "new": new, "changes": versions.compare(old, new),
            "may_restore": workflow.can_edit(request.user, article),
        }
        return TemplateResponse(request, "admin/news/article/compare.html", context)

    def restore_view(self, request, pk, history_id):
        return require_POST(self._restore)(request, pk, history_id)

    def _restore(self, request, pk, history_id):
        article = self._article(request, pk)
        version = get_object_or_404(article.history, history_id=history_id)
        workflow.restore_version(article=article, version=version, by=request.user)
        messages.success(request, _("The old version was restored as a new version."))
        return HttpResponseRedirect(self._change_url(article))
