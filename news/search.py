"""Search for news: the published articles through the shared seam (core/search/__init__.py).

An article matches when every word of the query (folded: case and diacritics ignored) is a
word of its title, summary or body; the ranking is core.search.search()'s, ties newest first.
"""

import datetime

from core.dates.localtime import local_day_start
from core.search import MAX_QUERY_LENGTH, CheckedQuery, QueryError, check_query, clean_query, highlight, matching
from core.search import search as search_rows
from core.text import plain_text
from news.models import Article

__all__ = ["MAX_QUERY_LENGTH", "QueryError", "check_query", "decorate", "highlight", "matching", "search",
           "within_period"]


def within_period(queryset, *, date_from=None, date_to=None):
    """Return the rows published between two local days, both included."""
    if date_from:
        queryset = queryset.filter(published_at__gte=local_day_start(date_from))
    if date_to:
        queryset = queryset.filter(published_at__lt=local_day_start(date_to + datetime.timedelta(days=1)))
    return queryset


def search(query, *, category=None, date_from=None, date_to=None):
    """Return the published articles matching query, best first; raise QueryError for a bad query."""
    # Checked before the queryset is built, and only here: search_rows takes the checked words.
    checked = check_query(query)
    queryset = Article.objects.published().select_related("category")
    if category is not None:
        queryset = queryset.filter(category=category)
    return search_rows(within_period(queryset, date_from=date_from, date_to=date_to), checked)


def decorate(articles, query):
    """Set title_html and excerpt_html on each article of a results page; query as typed or its CheckedQuery."""
    # The query's words are read once for the page, not once per excerpt.
    folded = query.folded if isinstance(query, CheckedQuery) else clean_query(query)[0]
    for article in articles:
        article.title_html = highlight(article.title, folded, before=1000, size=1000)
        body = f"{article.summary}\n{plain_text(article.body)}"
        article.excerpt_html = highlight(body, folded)
    return articles
