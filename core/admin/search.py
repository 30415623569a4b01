"""Admin search that ignores diacritics and case ("tuan" finds "Tuấn"), for the small directory tables.

Django's admin search uses icontains, which on SQLite folds only ASCII case and on no
database drops Vietnamese marks. The directory tables (units, people, categories, pages,
meetings, tasks) hold hundreds of rows, not millions: folding them in Python with the
site's one fold() (core/text.py) is simple and exact. Articles have their own indexed
folded columns (news.search).
"""

from core.text import fold


class FoldingSearchMixin:
    """Match every word of the search, folded, against the folded search_fields."""

    def get_search_results(self, request, queryset, search_term):
        words = fold(search_term).split()
        if not words or not self.search_fields:
            return queryset, False
        fields = [name.lstrip("^=@") for name in self.search_fields]
        matching = [
            row[0] for row in queryset.order_by().values_list("pk", *fields)
            if all(word in fold(" ".join(str(value) for value in row[1:] if value)) for word in words)
        ]
        return queryset.filter(pk__in=matching), False  # pk__in never repeats a row
