from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from schedule.models import Entry


@admin.register(Entry)
class EntryAdmin(admin.ModelAdmin):
    list_display = ["local_start", "content", "chair_display", "place", "is_published", "revised_at"]
    list_filter = ["is_published", ("starts_at", admin.DateFieldListFilter)]
    list_select_related = ["chair"]
    search_fields = ["content", "participants", "place"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["chair", "preparing_unit"]
    readonly_fields = ["published_at", "revised_at"]
    fieldsets = [
        (None, {"fields": ["starts_at", "ends_at", "content", "place"]}),
        (_("People"), {"fields": ["chair", "chair_name", "participants", "preparing_unit", "preparing_unit_name"]}),
        (pgettext_lazy("announcement", "Publication"), {"fields": ["is_published", "published_at", "revised_at"]}),
    ]

    @admin.display(description=_("start"), ordering="starts_at")
    def local_start(self, obj):
        return timezone.localtime(obj.starts_at).strftime("%d/%m/%Y %H:%M")

    def get_queryset(self, request):
        # The chair's label is the State title of the entry's day: read every chair's positions at once.
        return super().get_queryset(request).prefetch_related("chair__appointments")

    @admin.display(description=_("chair"))
    def chair_display(self, obj):
        return obj.chair_label
