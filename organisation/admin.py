from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin.search import FoldingSearchMixin
from core.admin.widgets import AccessibleAdminMixin
from organisation.models import Appointment, Membership, Person, Unit, UnitEvent, UnitName
from organisation.services import sync_today


class UnitNameInline(AccessibleAdminMixin, admin.StackedInline):
    model = UnitName
    extra = 0
    fields = [("name", "short_name"), "name_en", ("superior_name", "symbol"), ("valid_from", "valid_to"), "decision"]
    verbose_name_plural = _("Names through time (papers of a date use the name in use on that date)")


class SuccessionInline(AccessibleAdminMixin, admin.TabularInline):
    model = UnitEvent
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["target"]
    fields = ["kind", "target", "date", "decision", "note"]
    verbose_name_plural = _("What became of this unit")


class PredecessionInline(SuccessionInline):
    fk_name = "target"
    autocomplete_fields = ["source"]
    fields = ["kind", "source", "date", "decision", "note"]
    verbose_name_plural = _("Units this one succeeds")


@admin.register(Unit)
class UnitAdmin(AccessibleAdminMixin, FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent", "position", "closed_on"]
    list_filter = ["kind"]
    list_editable = ["position"]
    # Any name the unit bore finds it: a citizen's letter of 2024 names the Cục.
    search_fields = ["name", "short_name", "names__name", "names__short_name"]
    autocomplete_fields = ["parent"]
    inlines = [UnitNameInline, SuccessionInline, PredecessionInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        sync_today(form.instance)


class MembershipInline(AccessibleAdminMixin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["unit"]


class AppointmentInline(AccessibleAdminMixin, admin.TabularInline):
    model = Appointment
    extra = 0
    autocomplete_fields = ["unit"]
    fields = ["capacity", "title", "title_en", "unit", "starts_on", "ends_on", "decision", "order"]


@admin.register(Person)
class PersonAdmin(AccessibleAdminMixin, FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["full_name", "today_titles", "unit", "email", "user"]
    list_filter = ["unit"]
    list_select_related = ["unit", "user"]
    search_fields = ["full_name", "position", "appointments__title", "email"]
    autocomplete_fields = ["unit", "user"]
    inlines = [AppointmentInline, MembershipInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("appointments")

    @admin.display(description=_("positions today"))
    def today_titles(self, person):
        return person.title_on()


@admin.register(Membership)
class MembershipAdmin(AccessibleAdminMixin, FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["person", "role", "unit", "term", "term_start", "term_end"]
    list_filter = ["role", "unit"]
    list_select_related = ["person", "unit"]
    search_fields = ["person__full_name"]
    autocomplete_fields = ["person", "unit"]
