from django import forms
from django.contrib import admin, messages
from django.core.files.uploadedfile import UploadedFile
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.files.checks import DOCX, PDF, check_upload
from core.search import QueryError, check_query, matching
from documents import workflow
from documents.admin_workflow import DocumentWorkflowMixin
from documents.models import Document, DocumentFile, DocumentTransition, IssuingBody, Sector


@admin.register(IssuingBody)
class IssuingBodyAdmin(admin.ModelAdmin):
    list_display = ["name", "unit", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    autocomplete_fields = ["unit"]
    exclude = ["slug"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]
    exclude = ["slug"]


class DocumentFileForm(forms.ModelForm):
    class Meta:
        model = DocumentFile
        fields = ["file", "position"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if isinstance(upload, UploadedFile):  # a new file; a kept one was checked when sent
            checked = check_upload(upload, kinds=(PDF, DOCX))
            self.instance.kind = checked.kind
            self.instance.size = checked.size
            self.instance.original_name = checked.original_name
            return checked
        return upload


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    form = DocumentFileForm
    extra = 1
    fields = ["file", "original_name", "position"]
    readonly_fields = ["original_name"]


class TransitionInline(admin.TabularInline):
    model = DocumentTransition
    extra = 0
    can_delete = False
    fields = ["at", "actor", "from_status", "to_status"]
    readonly_fields = fields
    verbose_name_plural = _("Workflow record")

    def has_add_permission(self, request, obj):
        return False


def _workflow_action(step, done_message):
    def action(modeladmin, request, queryset):
        done = 0
        for document in queryset:
            try:
                step(document=document, by=request.user)
                done += 1
            except (workflow.WorkflowError, workflow.TransitionForbidden) as error:
                modeladmin.message_user(request, f"{document.number}: {error}", messages.ERROR)
        if done:
            modeladmin.message_user(request, done_message(done), messages.SUCCESS)
    return action


@admin.register(Document)
class DocumentAdmin(DocumentWorkflowMixin, admin.ModelAdmin):
    list_display = ["number", "kind", "issuer", "issued_on", "status", "public_link"]
    list_filter = ["status", "kind", "issuer", "sector"]
    list_select_related = ["issuer"]
    search_fields = ["number", "summary"]
    date_hierarchy = "issued_on"
    autocomplete_fields = ["issuer", "signer", "replaced_by", "sector", "related_articles"]
    readonly_fields = ["status", "published_at"]
    inlines = [DocumentFileInline, TransitionInline]
    actions = ["approve_selected", "publish_selected", "unpublish_selected"]
    fieldsets = [
        (None, {"fields": ["number", "kind", "issuer", "sector", "summary"]}),
        (_("Signature and dates"), {"fields": ["signer", "signer_name", "issued_on", "effective_on", "expires_on",
                                              "replaced_by"]}),
        (_("Links"), {"fields": ["related_articles"]}),
        (_("Publication"), {"fields": ["status", "published_at"]}),
    ]

    @admin.display(description=_("public page"))
    def public_link(self, obj):
        if obj.status != Document.Status.PUBLISHED:
            return "—"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), _("View"))

    @admin.action(description=_("Approve the selected documents"))
    def approve_selected(self, request, queryset):
        _workflow_action(workflow.approve, lambda n: ngettext(
            "%(n)d document approved.", "%(n)d documents approved.", n) % {"n": n})(self, request, queryset)

    @admin.action(description=_("Publish the selected documents"))
    def publish_selected(self, request, queryset):
        _workflow_action(workflow.publish, lambda n: ngettext(
            "%(n)d document published.", "%(n)d documents published.", n) % {"n": n})(self, request, queryset)

    @admin.action(description=_("Take the selected documents back to draft"))
    def unpublish_selected(self, request, queryset):
        _workflow_action(workflow.unpublish, lambda n: ngettext(
            "%(n)d document taken back to draft.", "%(n)d documents taken back to draft.", n) % {"n": n})(
            self, request, queryset)

    def get_search_results(self, request, queryset, search_term):
        try:
            folded, _exact = check_query(search_term)
        except QueryError as error:
            return (queryset, False) if error.code == "empty" else (queryset.none(), False)
        return matching(queryset, folded), False
