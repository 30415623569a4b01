"""System checks: with several processes the page cache and the rate limits need a cache they all share."""

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_BACKENDS = ("django.core.cache.backends.locmem.LocMemCache",)
# Caches that keep no count shared by the server's processes: each keeps its own (locmem), or none (dummy).
UNSHARED_COUNTER_BACKENDS = (*PER_PROCESS_BACKENDS, "django.core.cache.backends.dummy.DummyCache")
SHARED_CACHE_HINT = ("Set CACHE_URL to a cache every process shares: redis://127.0.0.1:6379/1 (recommended, see "
                     "docs/deploy.md) or db://cache_table after `manage.py createcachetable`")


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
        hint=f"{SHARED_CACHE_HINT}; or turn the page cache off with PAGE_CACHE_SECONDS=0.",
        id="cms.E102",
    )]


@register(Tags.caches)
def rate_limits_need_a_shared_cache(app_configs, **kwargs):
    """Refuse, in production, a cache in which the rate limits (core/security/ratelimit.py) would count per process."""
    backend = settings.CACHES["default"]["BACKEND"]
    if not settings.PRODUCTION or backend not in UNSHARED_COUNTER_BACKENDS:
        return []
    return [Error(
        f"The rate limits of the public forms and register searches count in the cache ({backend}), which the "
        "server's processes do not share: each worker keeps its own count (or none), so a client gets the limit "
        "once per worker (with 3 workers, about 3 times as many questions or searches as allowed).",
        hint=f"{SHARED_CACHE_HINT}.",
        id="cms.E103",
    )]
