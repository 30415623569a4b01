from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin.deletion import QuietDeletionMixin
from core.admin.search import FoldingSearchMixin
from core.admin.widgets import AccessibleAdminMixin
from core.validators import PlainTextModelForm
from youth import services, task_versions
from youth.models import (
    TIMELINESS_LABELS,
    AgendaItem,
    Attendance,
    CalendarToken,
    Discussion,
    Guest,
    Meeting,
    ProgressReport,
    ReminderLog,
    Reopening,
    Target,
    TargetReading,
    Task,
    TaskChange,
)
from youth.permissions import person_of


class LockedInlineMixin:
    """Rows of finalised minutes cannot be added, changed or deleted."""

    def _locked(self, obj):
        return obj is not None and obj.is_locked

    def has_add_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._locked(obj) and super().has_delete_permission(request, obj)


class AttendanceInline(AccessibleAdminMixin, LockedInlineMixin, admin.TabularInline):
    model = Attendance
    form = PlainTextModelForm
    extra = 0
    autocomplete_fields = ["person"]


class GuestInline(AccessibleAdminMixin, LockedInlineMixin, admin.TabularInline):
    model = Guest
    form = PlainTextModelForm
    extra = 0


class AgendaItemInline(AccessibleAdminMixin, LockedInlineMixin, admin.StackedInline):
    model = AgendaItem
    form = PlainTextModelForm
    extra = 0
    autocomplete_fields = ["presenter"]


class DiscussionInline(AccessibleAdminMixin, LockedInlineMixin, admin.StackedInline):
    model = Discussion
    form = PlainTextModelForm
    extra = 0
    autocomplete_fields = ["speaker"]


class ReopeningInline(AccessibleAdminMixin, admin.TabularInline):
    model = Reopening
    extra = 0
    readonly_fields = ["reason", "reopened_by", "reopened_at"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class MeetingAdminForm(PlainTextModelForm):
    class Meta:
        model = Meeting
        fields = ["title", "kind", "starts_at", "ends_at", "place", "organiser", "chair", "secretary",
                  "notice_issuer", "document_number", "conclusions", "state", "article", "on_public_schedule"]

    def clean_state(self):
        state = self.cleaned_data["state"]
        if state == Meeting.State.FINALISED and self.initial.get("state") != Meeting.State.FINALISED:
            raise ValidationError(_('Use the action "Finalise the minutes" to lock them.'))
        return state


@admin.register(Meeting)
class MeetingAdmin(AccessibleAdminMixin, FoldingSearchMixin, QuietDeletionMixin, admin.ModelAdmin):
    form = MeetingAdminForm
    list_display = ["title", "kind", "starts_at", "organiser", "state", "document_number"]
    list_filter = ["state", "kind", "organiser"]
    list_select_related = ["organiser"]
    search_fields = ["title", "document_number"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["organiser", "chair", "secretary", "notice_issuer", "article"]
    inlines = [AttendanceInline, GuestInline, AgendaItemInline, DiscussionInline, ReopeningInline]
    actions = ["finalise", "draft_article"]
    readonly_fields = ["finalised_at", "finalised_by"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.is_locked:
            return [field.name for field in Meeting._meta.fields if field.name != "id"]
        return self.readonly_fields

    @admin.action(description=_("Finalise the minutes"))
    def finalise(self, request, queryset):
        for meeting in queryset:
            try:
                services.finalise_minutes(meeting=meeting, by=request.user)
            except (ValidationError, PermissionDenied) as error:
                messages.error(request, f"{meeting}: {' '.join(getattr(error, 'messages', [str(error)]))}")
            else:
                messages.success(request, _("Minutes finalised: %(title)s") % {"title": meeting.title})

    @admin.action(description=_("Write a draft news story from the meeting"), permissions=["draft"])
    def draft_article(self, request, queryset):
        for meeting in queryset:
            article, created = services.draft_article_from_meeting(meeting=meeting, by=request.user)
            message = _("Draft news story written: %(title)s") if created else _(
                "The meeting already has its news story: %(title)s")
            messages.success(request, message % {"title": article.title})

    def has_draft_permission(self, request):
        return request.user.has_perm("news.add_article")


class TargetInline(AccessibleAdminMixin, admin.TabularInline):
    model = Target
    form = PlainTextModelForm
    extra = 0


class ProgressReportInline(AccessibleAdminMixin, admin.TabularInline):
    model = ProgressReport
    form = PlainTextModelForm
    extra = 0
    fields = ["reported_on", "percent", "outlook", "narrative", "author"]
    autocomplete_fields = ["author"]


class TaskChangeInline(AccessibleAdminMixin, admin.TabularInline):
    """Extensions and cancellations made from the work area, with their reasons: read only, never deleted."""

    model = TaskChange
    extra = 0
    fields = ["changed_at", "kind", "old_deadline", "new_deadline", "old_state", "new_state", "reason", "changed_by"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class TaskAdminForm(PlainTextModelForm):
    """The task form of the admin; refuses a save when someone else saved since it was opened."""

    base_revision = forms.IntegerField(
        widget=forms.HiddenInput, min_value=0, required=False,
        error_messages={"invalid": _("The form is incomplete; open the task again.")},
    )
    base_values = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk is not None:
            self.fields["base_revision"].required = True
            self.fields["base_revision"].error_messages["required"] = _("The form is incomplete; open the task again.")
            self.fields["base_revision"].initial = self.instance.revision
            self.fields["base_values"].initial = task_versions.sign(task_versions.snapshot(self.instance))

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or cleaned.get("base_revision") is None:
            return cleaned
        # Locked until the admin's transaction ends, so no save slips in between (PostgreSQL).
        current = Task.objects.select_for_update().get(pk=self.instance.pk)
        if cleaned["base_revision"] != current.revision:
            raise task_versions.note_conflict(self, current=current)
        return cleaned


@admin.register(Task)
class TaskAdmin(AccessibleAdminMixin, FoldingSearchMixin, QuietDeletionMixin, admin.ModelAdmin):
    form = TaskAdminForm
    list_display = ["title", "group", "meeting", "lead", "deadline", "state", "timeliness"]
    list_filter = ["state", "priority", "lead_unit", "meeting"]
    list_select_related = ["meeting", "lead_person", "lead_unit"]
    search_fields = ["title", "group", "description"]
    autocomplete_fields = ["meeting", "assigner", "lead_person", "lead_unit"]
    filter_horizontal = ["coordinating_units", "followers"]
    # The completion date is set by the progress report (server date), never typed.
    readonly_fields = ["completed_on", "confirmed_by", "created_at", "updated_at"]
    inlines = [TargetInline, ProgressReportInline, TaskChangeInline]

    def get_readonly_fields(self, request, obj=None):
        # The state follows the workflow's steps (a new task starts "not started"); a deadline, once the
        # task exists, moves only by an extension with its reason, on the task's page (youth.services).
        fields = [*self.readonly_fields, "state"]
        return fields if obj is None else [*fields, "deadline"]

    def get_fields(self, request, obj=None):
        # The concurrency tokens travel in the form's top block, not as labelled rows.
        return [name for name in super().get_fields(request, obj) if name not in ("base_revision", "base_values")]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.TaskEditConflict:
            # Another save landed between this form's check and its write: run the form again,
            # whose check now sees that save and shows the conflict with the user's text kept.
            return super().changeform_view(request, object_id, form_url, extra_context)

    @admin.display(description=_("lead"))
    def lead(self, obj):
        return obj.lead_label

    @admin.display(description=_("timeliness"))
    def timeliness(self, obj):
        return format_html('<span class="badge-{}">{}</span>', obj.colour(), TIMELINESS_LABELS[obj.timeliness()])

    def save_model(self, request, obj, form, change):
        if not change and obj.assigner_id is None:
            obj.assigner = person_of(request.user)
        if change:
            services.claim_revision(task=obj, base_revision=form.cleaned_data["base_revision"])
        super().save_model(request, obj, form, change)


class TargetReadingInline(admin.TabularInline):
    model = TargetReading
    extra = 0


@admin.register(ProgressReport)
class ProgressReportAdmin(FoldingSearchMixin, admin.ModelAdmin):
    form = PlainTextModelForm
    list_display = ["task", "reported_on", "percent", "outlook", "author"]
    list_filter = ["outlook"]
    list_select_related = ["task", "author"]
    search_fields = ["task__title", "narrative"]
    autocomplete_fields = ["task", "author"]
    inlines = [TargetReadingInline]


@admin.register(CalendarToken)
class CalendarTokenAdmin(admin.ModelAdmin):
    """Who has a calendar address, and revoking it (delete); the secret itself is never shown."""

    list_display = ["user", "created_at"]
    fields = ["user", "created_at"]
    readonly_fields = ["user", "created_at"]
    search_fields = ["user__username"]

    def has_add_permission(self, request):
        # An address is made by its owner on the calendar page, never for someone else.
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ["sent_on", "person", "task", "kind", "timeliness"]
    list_filter = ["kind", "sent_on"]
    list_select_related = ["person", "task"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Reopening)
class ReopeningAdmin(admin.ModelAdmin):
    list_display = ["meeting", "reopened_at", "reopened_by", "reason"]
    list_select_related = ["meeting", "reopened_by"]
    readonly_fields = ["meeting", "reason", "reopened_by", "reopened_at"]

    def has_add_permission(self, request):
        return False
