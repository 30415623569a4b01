from django.contrib import admin
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core.admin.lists import EstimatedCountPaginator, LightChangeList, YearMonthFilter
from core.admin.search import FoldingSearchMixin
from core.richtext import sanitize
from news.admin_workflow import AttachmentInline, StateFilter, WaitingForMeFilter, WorkflowAdminMixin
from news.models import Article, ArticleTransition, Category
from news.search import QueryError, check_query, matching


@admin.register(Category)
class CategoryAdmin(FoldingSearchMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]


@admin.register(Article)
class ArticleAdmin(WorkflowAdminMixin, admin.ModelAdmin):
    list_display = ["title", "category", "state", "author_name", "submitted_at", "published_at", "featured",
                    "public_link"]
    list_filter = [WaitingForMeFilter, StateFilter, "category", "featured", ("published_at", admin.DateFieldListFilter),
                   YearMonthFilter]
    list_select_related = ["category", "author"]
    search_fields = ["title", "summary"]
    # At 100,000 articles: no second count of the whole table, PostgreSQL's estimate for the unfiltered total,
    # and a year/month filter instead of date_hierarchy (a DISTINCT over every date on each load).
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    # The list shows none of the long texts: 100 rows would otherwise carry each body three times.
    list_deferred_fields = ["body", "search_exact", "search_folded", "summary"]
    readonly_fields = ["state", "published_at", "author", "created_at", "updated_at"]
    inlines = [AttachmentInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "summary", "body", "byline"]}),
        (_("Cover photo"), {"fields": ["cover", "cover_caption"]}),
        (_("Publication"), {"fields": ["state", "published_at", "featured"]}),
        (_("Record"), {"classes": ["collapse"], "fields": ["author", "created_at", "updated_at"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        # The home page's choice belongs to those who may publish, not to every writer.
        if not request.user.has_perm("news.publish_article"):
            fields.append("featured")
        return fields

    def get_changelist(self, request, **kwargs):
        return LightChangeList

    def get_queryset(self, request):
        # When it was last sent for review: a subquery the database runs for the rows shown only
        # (an aggregate over every transition would group the whole table on each load).
        sent = ArticleTransition.objects.filter(article=OuterRef("pk"), to_status=Article.Status.PENDING)
        sent = sent.order_by("-at")
        returned = ArticleTransition.objects.filter(article=OuterRef("pk"), to_status=Article.Status.RETURNED)
        returned = returned.order_by("-at", "-pk")
        return super().get_queryset(request).annotate(last_submitted_at=Subquery(sent.values("at")[:1]),
                                                      last_return_reason=Subquery(returned.values("reason")[:1]))

    @admin.display(description=_("author"), ordering="author__last_name")
    def author_name(self, obj):
        return (obj.author.get_full_name() or obj.author.get_username()) if obj.author_id else "—"

    @admin.display(description=_("submitted"), ordering="last_submitted_at")
    def submitted_at(self, obj):
        return timezone.localtime(obj.last_submitted_at).strftime("%H:%M %d/%m/%Y") if obj.last_submitted_at else "—"

    @admin.display(description=_("content"))
    def body_rendered(self, obj):
        # The stored body is sanitised on save; sanitising again keeps this safe whatever the row holds.
        return mark_safe(f'<div class="article-body-preview">{sanitize(obj.body)}</div>')

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read-only: show the text as readers will see it, not its HTML source.
        return [(name, {**options, "fields": ["body_rendered" if f == "body" else f for f in options["fields"]]})
                for name, options in fieldsets]

    @admin.display(description=_("public page"))
    def public_link(self, obj):
        if not obj.is_public:
            return "—"
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), _("View"))

    def get_search_results(self, request, queryset, search_term):
        # Fold like the public search: "dang uy" finds "Đảng ủy" on SQLite and PostgreSQL alike.
        try:
            folded, _exact = check_query(search_term)
        except QueryError as error:
            if error.code == "empty":
                return queryset, False
            return queryset.none(), False
        return matching(queryset, folded), False
