"""Staff handle submissions here: assign, reply, approve, refuse; every step is recorded."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from feedback import services
from feedback.models import Field, Step, Submission


@admin.register(Field)
class FieldAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    list_editable = ["position"]
    fields = ["name", "position"]


class StepInline(admin.TabularInline):
    model = Step
    fields = ["at", "action", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class OverdueFilter(admin.SimpleListFilter):
    title = _("due date")
    parameter_name = "han"

    def lookups(self, request, model_admin):
        return [("qua-han", _("Overdue")), ("con-han", _("Open, not overdue"))]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "qua-han":
            return queryset.open().filter(due_on__lt=today)
        if self.value() == "con-han":
            return queryset.open().filter(due_on__gte=today)
        return queryset


class SubmissionAdminForm(forms.ModelForm):
    publish = forms.BooleanField(
        label=_("Publish the answer on the questions and answers page"), required=False, initial=True,
        help_text=_("Used by “Save and approve the reply”. Unticked, only the asker sees the answer, with the code."),
    )

    class Meta:
        model = Submission
        fields = ["unit", "due_on", "answer", "public_question", "refusal_reason", "refer_to"]

    def clean(self):
        """Refuse a button's action here, so that the page comes back with everything typed kept."""
        data = super().clean()
        if "_approve" in self.data:
            if self.instance.status == Submission.Status.NOT_COMPETENT:
                raise ValidationError(_("A submission marked not within our competence takes no reply."))
            if not (data.get("answer") or "").strip():
                self.add_error("answer", _("Write the reply before approving it."))
        if "answer" in self.changed_data and self.instance.status == Submission.Status.NOT_COMPETENT:
            self.add_error("answer", _("A submission marked not within our competence takes no reply."))
        if "_not_competent" in self.data and not (data.get("refusal_reason") or "").strip():
            self.add_error("refusal_reason", _("Say why the submission is not within our competence."))
        return data


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    form = SubmissionAdminForm
    change_form_template = "admin/feedback/submission/change_form.html"
    list_display = ["code", "title", "field", "status", "unit", "due_display", "received_at", "published"]
    list_filter = [OverdueFilter, "status", "kind", "field", ("unit", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["code", "title", "name"]
    list_select_related = ["field", "unit"]
    inlines = [StepInline]
    readonly_fields = ["code", "kind", "status", "received_at", "name", "email", "phone", "address", "show_name",
                       "consent_at", "field", "title", "content", "attachment_link", "answered_at", "published_at"]
    fieldsets = [
        (_("Submission"), {"fields": ["code", "kind", "status", "received_at", "field", "title", "content",
                                      "attachment_link"]}),
        (_("The asker (never published)"), {"fields": ["name", "email", "phone", "address", "show_name",
                                                       "consent_at"]}),
        (_("Handling"), {"fields": ["unit", "due_on"]}),
        (_("Reply"), {"fields": ["answer", "public_question", "publish", "answered_at", "published_at"]}),
        (_("Not within our competence"), {"fields": ["refusal_reason", "refer_to"], "classes": ["collapse"]}),
    ]

    def has_add_permission(self, request):
        # Submissions come from citizens through the public form only.
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).overdue_first()

    def get_ordering(self, request):
        return []  # overdue_first() orders the list

    @admin.display(description=_("due date"), ordering="due_on")
    def due_display(self, obj):
        if obj.is_overdue():
            return format_html('<strong class="overdue">{} ({})</strong>', obj.due_on.strftime("%d/%m/%Y"),
                               _("overdue"))
        return obj.due_on.strftime("%d/%m/%Y")

    @admin.display(description=_("published"), boolean=True)
    def published(self, obj):
        return obj.published_at is not None

    @admin.display(description=_("attachment"))
    def attachment_link(self, obj):
        if not obj.attachment:
            return "–"
        return format_html('<a href="{}">{}</a>', reverse("feedback:attachment", args=[obj.pk]),
                           obj.attachment.name.rsplit("/", 1)[-1])

    def save_model(self, request, obj, form, change):
        """Turn each changed field into its step (assign, reply, due date), then the button's action."""
        old = Submission.objects.get(pk=obj.pk)
        actor = request.user
        changed = set(form.changed_data)
        drafts = changed & {"public_question", "refusal_reason", "refer_to"}
        if drafts:
            # Texts that take effect only with a button are still kept when staff just save.
            for name in drafts:
                setattr(old, name, getattr(obj, name))
            old.save()
        if "due_on" in changed:
            services.change_due_date(submission=old, due_on=obj.due_on, actor=actor)
        if "unit" in changed and obj.unit is not None:
            services.assign(submission=old, unit=obj.unit, actor=actor)
        if "answer" in changed:
            services.write_reply(submission=old, answer=obj.answer, actor=actor)
        if "_approve" in request.POST:
            services.approve(submission=old, actor=actor, publish=form.cleaned_data.get("publish", False))
        elif "_not_competent" in request.POST:
            services.mark_not_competent(submission=old, reason=obj.refusal_reason, refer_to=obj.refer_to,
                                        actor=actor)
        elif "_unpublish" in request.POST:
            services.unpublish(submission=old, actor=actor)
        obj.refresh_from_db()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as error:
            # A refused action (approve without a reply...) leaves nothing half done: services are atomic.
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return self._redirect_to_change(object_id)

    def _redirect_to_change(self, object_id):
        from django.http import HttpResponseRedirect

        return HttpResponseRedirect(reverse("admin:feedback_submission_change", args=[object_id]))
