"""The register and the notices in the admin; the register's Excel import (dry run, then all or nothing)."""

from django import forms
from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from core.admin.widgets import AccessibleAdminMixin
from notices import data_requests, import_files, importer, services
from notices.forms import ImportForm
from notices.models import DataSubjectRequest, Debtor, Notice, NoticeAttachment, offices

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PROGRESS_SECONDS = 3600


class RemovedFilter(admin.SimpleListFilter):
    title = gettext_lazy("on the public register")
    parameter_name = "cong_khai"

    def lookups(self, request, model_admin):
        return [("con", _("Shown")), ("da-rut", _("Removed"))]

    def queryset(self, request, queryset):
        if self.value() == "con":
            return queryset.filter(removed_on__isnull=True)
        if self.value() == "da-rut":
            return queryset.filter(removed_on__isnull=False)
        return queryset


class ChangeDueFilter(admin.SimpleListFilter):
    """Entries whose known change has not reached the page: all of them, or those past the deadline."""

    title = gettext_lazy("update of the page")
    parameter_name = "cap_nhat"

    def lookups(self, request, model_admin):
        return [("qua-han", _("Update overdue")), ("cho", _("Change waiting"))]

    def queryset(self, request, queryset):
        if self.value() == "qua-han":
            return queryset.change_overdue(today=timezone.localdate())
        if self.value() == "cho":
            return queryset.change_pending()
        return queryset


@admin.register(Debtor)
class DebtorAdmin(AccessibleAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "birth_year", "office", "decision_number", "decision_date", "published_on", "removed_on",
                    "change_due_on"]
    list_filter = [ChangeDueFilter, RemovedFilter, "office", "kind"]
    readonly_fields = ["legal_basis", "change_due_on"]
    actions = ["mark_change_applied"]
    list_select_related = ["office"]
    search_fields = ["name", "decision_number", "judgment_number"]
    date_hierarchy = None
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["office", "kind", "name", "birth_year", "address"]}),
        (gettext_lazy("Judgment and obligation"), {"fields": ["judgment_number", "judgment_date", "court",
                                                             "obligation"]}),
        (gettext_lazy("Decision and publication"), {"fields": ["decision_number", "decision_date", "published_on",
                                                               "removed_on", "removal_reason", "legal_basis"]}),
        (gettext_lazy("Change to bring to the page"), {
            "fields": ["change_known_on", "change_note", "change_due_on", "change_applied_on"],
            "description": gettext_lazy("A change or removal must reach the public page within the deadline of the "
                                        "rule in force on the day it became known.")}),
    ]
    change_list_template = "admin/notices/debtor/change_list.html"

    @admin.action(description=gettext_lazy("Mark the change as applied today"))
    def mark_change_applied(self, request, queryset):
        # One save per entry: the history records who applied each change.
        count = 0
        for debtor in queryset.change_pending():
            debtor.change_applied_on = timezone.localdate()
            debtor.save()
            count += 1
        messages.success(request, _("%(count)s changes marked as applied.") % {"count": count})

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("nhap-excel/", wrap(self.import_view), name="notices_debtor_import"),
            path("nhap-excel/mau.xlsx", wrap(self.template_view), name="notices_debtor_template"),
            path("nhap-excel/tien-do/<str:token>/", wrap(self.progress_view), name="notices_debtor_progress"),
        ] + super().get_urls()

    def _check(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied

    def template_view(self, request):
        self._check(request)
        response = HttpResponse(importer.template(), content_type=XLSX)
        response["Content-Disposition"] = 'attachment; filename="mau-danh-sach-chua-co-dieu-kien-thi-hanh.xlsx"'
        return response

    def progress_view(self, request, token):
        self._check(request)
        return JsonResponse(cache.get(_progress_key(token)) or {"done": 0, "total": 0})

    def import_view(self, request):
        """Step 1: upload and dry run; step 2 (token in the form): apply the same file, all or nothing."""
        self._check(request)
        context = {**self.admin_site.each_context(request), "opts": self.model._meta,
                   "title": _("Import the register from Excel")}
        if request.method == "POST" and request.POST.get("token"):
            return self._apply(request, context)
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data["sheet"].read(importer.MAX_BYTES + 1)
            try:
                sheet_name, rows = importer.read_sheet(data)
            except importer.SheetError as error:
                form.add_error("sheet", str(error))
            else:
                token = import_files.store(data)
                plan = services.plan_import(office=form.cleaned_data["office"], rows=rows)
                context.update(plan=plan, sheet_name=sheet_name, token=token, office=form.cleaned_data["office"])
        context["form"] = form
        return render(request, "admin/notices/debtor/import.html", context)

    def _apply(self, request, context):
        token = request.POST["token"]
        office_id = request.POST.get("office", "")
        office = offices().filter(pk=office_id).first() if office_id.isdigit() else None
        data = import_files.read(token)
        if data is None or office is None:
            messages.error(request, _("This import has expired or was already applied. Upload the file again."))
            return redirect("admin:notices_debtor_import")
        _sheet_name, rows = importer.read_sheet(data)
        key = _progress_key(token)

        def progress(done, total):
            cache.set(key, {"done": done, "total": total}, PROGRESS_SECONDS)

        try:
            plan = services.import_debtors(office=office, rows=rows, progress=progress)
        except ValueError:
            messages.error(request, _("Some rows are refused now (the register changed meanwhile): nothing was "
                                      "imported. Check the file again."))
            return redirect("admin:notices_debtor_import")
        finally:
            import_files.discard(token)
        messages.success(request, _("Imported: %(added)s added, %(changed)s changed, %(unchanged)s unchanged.")
                         % {"added": len(plan.added), "changed": len(plan.changed),
                            "unchanged": len(plan.unchanged)})
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"redirect": reverse("admin:notices_debtor_changelist")})
        return redirect("admin:notices_debtor_changelist")


def _progress_key(token):
    return f"notices-import:{token}"


class NoticeAttachmentInline(AccessibleAdminMixin, admin.TabularInline):
    model = NoticeAttachment
    extra = 1
    fields = ["title", "file"]


@admin.register(Notice)
class NoticeAdmin(AccessibleAdminMixin, SimpleHistoryAdmin):
    list_display = ["title", "kind", "office", "notice_date", "deadline", "is_published"]
    list_filter = ["kind", "office", "is_published"]
    list_select_related = ["office"]
    search_fields = ["title", "number"]
    inlines = [NoticeAttachmentInline]
    fieldsets = [
        (None, {"fields": ["kind", "office", "number", "notice_date", "title", "body"]}),
        (gettext_lazy("Asset and deadline"), {"fields": ["asset", "starting_price", "viewing", "deadline",
                                                         "deadline_note", "parties"]}),
        (pgettext_lazy("announcement", "Publication"), {"fields": ["is_published", "published_at"]}),
    ]

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_published else None


class OverdueRequestFilter(admin.SimpleListFilter):
    title = gettext_lazy("deadline")
    parameter_name = "han"

    def lookups(self, request, model_admin):
        return [("qua-han", _("Overdue")), ("dang-xu-ly", _("Open"))]

    def queryset(self, request, queryset):
        if self.value() == "qua-han":
            return queryset.overdue(today=timezone.localdate())
        if self.value() == "dang-xu-ly":
            return queryset.open()
        return queryset


class DataSubjectRequestForm(forms.ModelForm):
    """The request, and the next step taken on it (each step is kept as its own row)."""

    step_action = forms.CharField(label=gettext_lazy("Step taken"), required=False, widget=forms.Textarea(
        attrs={"rows": 3}), help_text=gettext_lazy("What was done, e.g. the entry was corrected, the answer sent."))
    step_status = forms.ChoiceField(label=gettext_lazy("Status after this step"), required=False,
                                    choices=[("", "---------"), *DataSubjectRequest.Status.choices])

    class Meta:
        model = DataSubjectRequest
        fields = ["kind", "requester_name", "requester_contact", "debtor", "details", "received_on"]

    def clean(self):
        data = super().clean()
        if self.instance.pk and bool(data.get("step_action", "").strip()) != bool(data.get("step_status")):
            raise forms.ValidationError(_("Describe the step and choose the status after it, or leave both empty."))
        return data


@admin.register(DataSubjectRequest)
class DataSubjectRequestAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    form = DataSubjectRequestForm
    list_display = ["requester_name", "kind", "received_on", "due_on", "status", "closed_on"]
    list_filter = [OverdueRequestFilter, "status", "kind"]
    search_fields = ["requester_name"]
    autocomplete_fields = ["debtor"]
    readonly_fields = ["due_on", "legal_basis", "status", "closed_on", "steps_taken"]

    def get_fieldsets(self, request, obj=None):
        request_fields = ["kind", "requester_name", "requester_contact", "debtor", "details", "received_on"]
        fieldsets = [(None, {"fields": request_fields}),
                     (gettext_lazy("Deadline"), {"fields": ["due_on", "legal_basis", "status", "closed_on"]})]
        if obj is not None:
            fieldsets.append((gettext_lazy("Steps"), {"fields": ["steps_taken", "step_action", "step_status"]}))
        return fieldsets

    @admin.display(description=gettext_lazy("steps taken"))
    def steps_taken(self, obj):
        steps = obj.steps.select_related("by")
        return format_html_join("", "<p>{} – {}: {} ({})</p>", (
            (timezone.localtime(step.at).strftime("%d/%m/%Y %H:%M"), step.by or "", step.action,
             step.get_status_display()) for step in steps))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            data_requests.record_received(request=obj, by=request.user)
        elif form.cleaned_data.get("step_action", "").strip():
            data_requests.record_step(request=obj, by=request.user, action=form.cleaned_data["step_action"],
                                      status=form.cleaned_data["step_status"])
