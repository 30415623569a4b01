"""Documents in the site search (/tim-kiem/): the best few, and how many there are."""

from core.search import QueryError, search

SHOWN = 5


def document_results(query):
    """Return {"total", "items"} of the published documents matching query, or None for a bad query.

    query is the text as typed or its CheckedQuery (the site search passes the one it checked).
    """
    from documents.models import Document

    try:
        found = search(Document.objects.published().for_listing(), query)
    except QueryError:
        return None
    items = list(found[:SHOWN])
    total = len(items) if len(items) < SHOWN else found.count()
    return {"total": total, "items": items}
