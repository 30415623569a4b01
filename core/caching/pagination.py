"""A paginator that counts its rows and reads each page once per content generation, not once per view."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from core.caching.pagecache import generation_cached


class GenerationPaginator(Paginator):
    """Paginate a listing whose total and pages are kept under cache_key until content changes.

    Counting 100k published rows costs tens of milliseconds on PostgreSQL, and a page of a
    listing is the same for every reader; both change only when content does, which starts
    a new generation anyway.
    """

    def __init__(self, *args, cache_key, **kwargs):
        self.cache_key = cache_key
        super().__init__(*args, **kwargs)

    @cached_property
    def count(self):
        return generation_cached(f"count:{self.cache_key}", lambda: Paginator.count.func(self))

    def page(self, number):
        number = self.validate_number(number)
        rows = generation_cached(f"page:{self.cache_key}:{self.per_page}:{number}",
                                 lambda: list(super(GenerationPaginator, self).page(number).object_list))
        return self._get_page(rows, number, self)
