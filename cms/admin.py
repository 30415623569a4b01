from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cms.models import Page, SiteSettings
from core.admin import auth as admin_auth  # noqa: F401  (replaces the stock user and group admins)
from core.admin.search import FoldingSearchMixin

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
class PageAdmin(FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["__str__", "slug", "kind", "position", "in_menu", "updated_at"]
    list_filter = ["kind", "in_menu", ("parent", admin.RelatedOnlyFieldListFilter)]
    list_editable = ["position"]
    search_fields = ["title", "title_en"]
    # The English version beside the Vietnamese one (side by side on wide screens, admin-languages.css).
    fieldsets = [
        (_("Vietnamese"), {"fields": ["title", "slug", "parent", "position", "kind", "in_menu", "body"],
                           "classes": ["lang-vi"]}),
        (_("English version"), {"fields": ["title_en", "slug_en", "body_en"], "classes": ["lang-en"],
                                "description": _("Fill in the English title to publish the page under /en/.")}),
    ]
    inlines = [SubPageInline]

    class Media:
        css = {"all": ["css/admin-languages.css"]}

    def get_inlines(self, request, obj):
        # Sub-pages have no sub-pages of their own.
        return self.inlines if obj is None or obj.parent_id is None else []
