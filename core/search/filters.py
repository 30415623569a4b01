"""The search box of a django-filter FilterSet, through the one search seam (core.search)."""

from core.search.query import QueryError
from core.search.ranking import search


class SearchedFilterSetMixin:
    """FilterSet mixin: the "q" filter matches last, so search() ranks what the other filters leave."""

    def filter_nothing(self, queryset, name, value):
        return queryset  # applied in filter_queryset, after every other filter

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        query = self.form.cleaned_data.get("q")
        if not query:
            return queryset
        try:
            return search(queryset, query)
        except QueryError:
            # Only signs, no letters or digits: nothing can match.
            return queryset.none()
