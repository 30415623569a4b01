from django.utils.functional import SimpleLazyObject

from cms.models import Page, SiteSettings
from cms.visits import visit_stats
from core.caching.pagecache import generation_cached


def site(request):
    """Add the agency's identity, the pages of the menu and the visit statistics to every page."""
    return {
        "site_settings": SiteSettings.load(),
        "nav_pages": generation_cached("nav-pages", lambda: list(
            Page.objects.filter(parent__isnull=True, in_menu=True).exclude(slug="lien-he"))),
        "visit_stats": SimpleLazyObject(visit_stats),
    }
