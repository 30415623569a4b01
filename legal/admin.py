"""The register of legal bases in the admin: staff record a new law with its dates; nothing is hard-coded."""

from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from core.admin.widgets import AccessibleAdminMixin
from legal.models import LegalBasis


class InForceFilter(admin.SimpleListFilter):
    title = gettext_lazy("in force")
    parameter_name = "hieu_luc"

    def lookups(self, request, model_admin):
        return [("con", _("In force today")), ("sap", _("Coming into force")), ("het", _("No longer in force"))]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "con":
            return queryset.in_force(on=today)
        if self.value() == "sap":
            return queryset.upcoming(on=today)
        if self.value() == "het":
            return queryset.repealed(on=today)
        return queryset


@admin.register(LegalBasis)
class LegalBasisAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    list_display = ["title", "number", "articles", "topic", "kind", "in_force_from", "in_force_to", "deadline_days"]
    list_filter = [InForceFilter, "topic", "kind"]
    search_fields = ["title", "number", "articles"]
    fieldsets = [
        (None, {"fields": ["topic", "kind", "title", "number", "articles", "subject", "issuing_body", "order"]}),
        (pgettext_lazy("admin section", "In force"), {"fields": ["in_force_from", "in_force_to"]}),
        (gettext_lazy("Deadline it sets"), {"fields": ["deadline_days", "deadline_in_working_days"]}),
        (gettext_lazy("Source"), {"fields": ["source_url", "note"]}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "source_url":
            # Official legal sites are served over HTTPS; a link typed without a scheme gets it.
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)
