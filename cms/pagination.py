"""A paginator that counts its rows once per content generation, not once per page view."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from cms.pagecache import generation_cached


class CachedCountPaginator(Paginator):
    """Paginate a listing whose total is cached under count_key until content changes.

    Counting 100k published rows costs tens of milliseconds on PostgreSQL; the total
    changes only when content does, which starts a new generation anyway.
    """

    def __init__(self, *args, count_key, **kwargs):
        self.count_key = count_key
        super().__init__(*args, **kwargs)

    @cached_property
    def count(self):
        return generation_cached(f"count:{self.count_key}", lambda: Paginator.count.func(self))
