"""Find the demo placeholders still on the site, for the production system check (cms.W010).

seed_demo marks every value it invents ("nội dung mẫu", "tên mẫu", "số mẫu") and uses the
reserved example.vn domain for e-mail; nothing so marked may stay on a public portal.
"""

import re

from django.core import checks
from django.db import DatabaseError
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

MARKER = re.compile(r"nội dung mẫu|tên mẫu|số mẫu|placeholder|@example\.(vn|com|org)\b", re.IGNORECASE)
_sources = []


def register_source(source):
    """Add a callable returning (where, text) pairs to look through; apps add their own rows."""
    _sources.append(source)
    return source


@register_source
def _site_rows():
    from cms.models import Page, SiteSettings

    for site in SiteSettings.objects.all():
        for field in ("agency_name", "parent_agency", "address", "phone", "email", "responsible_person",
                      "licence", "contact_official"):
            yield _("Site settings › %(field)s") % {"field": SiteSettings._meta.get_field(field).verbose_name}, \
                getattr(site, field)
    for page in Page.objects.all():
        yield _("Page “%(title)s”") % {"title": page.title}, f"{page.title} {strip_tags(page.body)}"


def find_placeholders():
    """Return where each placeholder value sits, in a stable order."""
    return sorted({where for source in _sources for where, text in source() if text and MARKER.search(text)})


@checks.register(checks.Tags.compatibility, deploy=True)
def placeholders_left(app_configs=None, **kwargs):
    """Warn (check --deploy) about every demo placeholder still on the site."""
    try:
        found = find_placeholders()
    except DatabaseError:
        return []  # no tables yet: nothing can be on the site
    if not found:
        return []
    return [checks.Warning(
        _("Demo placeholders are still on the site: %(where)s.") % {"where": "; ".join(found)},
        hint=_("Replace them with the agency's real details in the admin before going live."),
        id="cms.W010",
    )]
