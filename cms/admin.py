from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cms.models import Page, SiteSettings

admin.site.site_header = _("THADS Thanh Hóa portal administration")
admin.site.site_title = _("Portal administration")
admin.site.index_title = _("Content management")


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    list_display = ["agency_name", "phone", "email"]

    def has_add_permission(self, request):
        # One row only: it is created by seed_demo or on the first save.
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


class SubPageInline(admin.TabularInline):
    model = Page
    fk_name = "parent"
    fields = ["title", "slug", "position", "kind"]
    extra = 0
    show_change_link = True


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "slug", "kind", "position", "in_menu", "updated_at"]
    list_filter = ["kind", "in_menu", ("parent", admin.RelatedOnlyFieldListFilter)]
    list_editable = ["position"]
    search_fields = ["title"]
    fields = ["title", "slug", "parent", "position", "kind", "in_menu", "body"]
    inlines = [SubPageInline]

    def get_inlines(self, request, obj):
        # Sub-pages have no sub-pages of their own.
        return self.inlines if obj is None or obj.parent_id is None else []
