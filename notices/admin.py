"""The register and the notices in the admin; the register's Excel import (dry run, then all or nothing)."""

from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from core.admin.widgets import AccessibleAdminMixin
from notices import import_files, importer, services
from notices.forms import ImportForm
from notices.models import Debtor, Notice, NoticeAttachment, offices

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


@admin.register(Debtor)
class DebtorAdmin(AccessibleAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "birth_year", "office", "decision_number", "decision_date", "published_on", "removed_on"]
    list_filter = [RemovedFilter, "office", "kind"]
    list_select_related = ["office"]
    search_fields = ["name", "decision_number", "judgment_number"]
    date_hierarchy = None
    show_full_result_count = False
    fieldsets = [
        (None, {"fields": ["office", "kind", "name", "birth_year", "address"]}),
        (gettext_lazy("Judgment and obligation"), {"fields": ["judgment_number", "judgment_date", "court",
                                                             "obligation"]}),
        (gettext_lazy("Decision and publication"), {"fields": ["decision_number", "decision_date", "published_on",
                                                               "removed_on", "removal_reason"]}),
    ]
    change_list_template = "admin/notices/debtor/change_list.html"

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
        (gettext_lazy("Publication"), {"fields": ["is_published", "published_at"]}),
    ]

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_published else None
