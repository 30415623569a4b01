from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from cms.models import SiteSettings

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
