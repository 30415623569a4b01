"""System check: with several processes the page cache needs a cache they all share."""

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_BACKENDS = ("django.core.cache.backends.locmem.LocMemCache",)


@register(Tags.caches)
def page_cache_needs_a_shared_cache(app_configs, **kwargs):
    """Refuse, in production, a cache each process keeps to itself while the page cache is on."""
    backend = settings.CACHES["default"]["BACKEND"]
    if not settings.PRODUCTION or settings.PAGE_CACHE_SECONDS <= 0 or backend not in PER_PROCESS_BACKENDS:
        return []
    return [Error(
        "The page cache is on (PAGE_CACHE_SECONDS > 0) but the cache is kept in each process's own memory "
        f"({backend}): an article taken down, deleted or edited through one worker would still be served "
        "from the pages the other workers keep.",
        hint="Set CACHE_URL to a cache every process shares: redis://127.0.0.1:6379/1 (recommended, see "
             "docs/deploy.md) or db://cache_table after `manage.py createcachetable`; or turn the page cache "
             "off with PAGE_CACHE_SECONDS=0.",
        id="cms.E102",
    )]
