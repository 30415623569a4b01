"""The sections the site search looks in besides news: documents, procedures, notices, published answers."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from core.caching.pagecache import generation_cached
from core.search import QueryError, search
from documents.models import Document
from feedback.models import Submission
from notices.models import Notice
from procedures.models import Procedure

SHOWN = 5


def _public():
    """Return (key, section name, public queryset, its own list's url name) for each section, in menu order."""
    return [
        ("documents", _("Documents"), Document.objects.published().for_listing(), "documents:list"),
        ("procedures", _("Administrative procedures"), Procedure.objects.published().select_related("sector"),
         "procedures:list"),
        ("notices", _("Enforcement notices"), Notice.objects.published(), "notices:list"),
        ("answers", _("Questions and answers"), Submission.objects.published(), "feedback:answers"),
    ]


def searched_querysets():
    """Return the public querysets of every section the site search looks in (for suggestions)."""
    return [queryset for _key, _name, queryset, _url in _public()]


def section_results(checked, query):
    """Return, per section, {"key", "name", "items", "total", "more_url"} of its best matches for checked."""
    public = _public()
    # Ids and totals kept until content changes: a repeated search reads only the rows it shows.
    found = generation_cached("search-sections", lambda: _best(public, checked), varies_with=checked.exact)
    sections = []
    for key, name, queryset, url_name in public:
        ids, total = found[key]
        rows = queryset.in_bulk(ids) if ids else {}
        items = [{"title": _title(rows[pk]), "url": rows[pk].get_absolute_url()} for pk in ids if pk in rows]
        more = f"{reverse(url_name)}?{urlencode({'q': query})}"
        sections.append({"key": key, "name": name, "items": items, "total": total, "more_url": more})
    return sections


def _title(row):
    # Answers show their title as the public may read it (no contact details).
    return getattr(row, "public_title", None) or getattr(row, "title", None) or str(row)


def _best(public, checked):
    found = {}
    for key, _name, queryset, _url in public:
        try:
            matches = search(queryset, checked)
        except QueryError:
            found[key] = ([], 0)
            continue
        ids = list(matches.values_list("pk", flat=True)[:SHOWN])
        found[key] = (ids, len(ids) if len(ids) < SHOWN else matches.count())
    return found

