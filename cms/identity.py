"""The agency's name on a given day, for every page, feed and record that names it.

The organisation directory knows the names through time (organisation.identity registers the
source); the site settings' name is the fallback of a portal whose directory has no agency yet.
cms cannot import the directory (it sits below it), so the directory registers itself here.
"""

from dataclasses import dataclass

from django.utils import timezone

_sources = []
_fallbacks = []  # the site settings' loader, registered by cms.models (which imports this module)


@dataclass(frozen=True)
class AgencyName:
    """How the agency was called on one day."""

    name: str
    short_name: str = ""
    name_en: str = ""
    superior: str = ""  # the superior body, one line


def register_source(source):
    """Add a callable day -> AgencyName or None; the first that answers wins."""
    _sources.append(source)
    return source


def register_fallback(loader):
    """Set the callable returning the settings (agency_name, short_name, …) used when no source answers."""
    _fallbacks[:] = [loader]
    return loader


def agency_name_on(day=None, *, fallback=None):
    """Return the AgencyName in force on day (today by default)."""
    day = day or timezone.localdate()
    for source in _sources:
        found = source(day)
        if found is not None:
            return found
    if fallback is None:
        fallback = _fallbacks[0]()
    return AgencyName(name=fallback.agency_name, short_name=fallback.short_name, name_en=fallback.agency_name_en,
                      superior=fallback.parent_agency)
