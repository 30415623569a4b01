from django.contrib import admin

from core.admin.search import FoldingSearchMixin
from core.admin.widgets import AccessibleAdminMixin
from organisation.models import Membership, Person, Unit


@admin.register(Unit)
class UnitAdmin(AccessibleAdminMixin, FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent", "position"]
    list_filter = ["kind"]
    list_editable = ["position"]
    search_fields = ["name", "short_name"]
    autocomplete_fields = ["parent"]


class MembershipInline(AccessibleAdminMixin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["unit"]


@admin.register(Person)
class PersonAdmin(AccessibleAdminMixin, FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["full_name", "position", "unit", "email", "user"]
    list_filter = ["unit"]
    list_select_related = ["unit", "user"]
    search_fields = ["full_name", "position", "email"]
    autocomplete_fields = ["unit", "user"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(AccessibleAdminMixin, FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["person", "role", "unit", "term", "term_start", "term_end"]
    list_filter = ["role", "unit"]
    list_select_related = ["person", "unit"]
    search_fields = ["person__full_name"]
    autocomplete_fields = ["person", "unit"]
