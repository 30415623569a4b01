"""Rendered fragments kept per content generation: pieces of a page that many pages share.

The page cache keeps whole pages for anonymous readers; a page it does not hold (staff,
a page never asked for in this generation, the page cache off) is rendered afresh. Most of
that render is the same small pieces over and over: an article's card appears on the home
page, the latest list, its day, its month and its category. Keeping each piece, keyed by
the content generation (core.caching.pagecache), makes it correct for the same reason the page
cache is: any change to content starts a new generation, and every piece is rendered anew.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from core.caching.pagecache import current_state


def fragment_timeout():
    return settings.FRAGMENT_CACHE_SECONDS


def generation_fragments(name, items, render, *, key):
    """Return render(item) for every item, kept per generation and language; one cache round trip.

    key(item) names an item among those of this kind (a primary key); name names the kind
    and every option that changes the markup ("card-h3-category").
    """
    if not fragment_timeout():
        return [render(item) for item in items]
    prefix = f"fragment:{current_state()['generation']}:{get_language()}:{name}:"
    keys = [prefix + str(key(item)) for item in items]
    found = cache.get_many(keys)
    missing = {}
    for cache_key, item in zip(keys, items, strict=True):
        if cache_key not in found:
            missing[cache_key] = render(item)
    if missing:
        cache.set_many(missing, fragment_timeout())
    # An empty fragment ("" for a block with nothing to show) is a hit like any other.
    return [found[cache_key] if cache_key in found else missing[cache_key] for cache_key in keys]


def generation_fragment(name, render):
    """Return render(), kept per generation and language (a block every page shows)."""
    return generation_fragments(name, [None], lambda _item: render(), key=lambda _item: "")[0]
