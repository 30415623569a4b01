"""The one search seam: folded words, shadow columns, PostgreSQL full-text search, ranking, highlighting.

Any app makes a model searchable in four steps; the answers and their order are the same on
SQLite and PostgreSQL (SQLite scans the folded shadow column, PostgreSQL filters through a
GIN index on a generated tsvector column).

1. The model inherits ``Searchable`` (an abstract model adding the shadow columns
   ``search_exact`` and ``search_folded``) and says which texts are searched::

       from core.search import Searchable
       from core.text import plain_text

       class Document(Searchable, models.Model):
           search_source_fields = ("title", "summary", "body")   # refill when these are saved

           def search_texts(self):
               # (title-like text, other text); the first counts more in the ranking
               return self.title, f"{self.summary}\\n{plain_text(self.body)}"

   ``save()`` fills both columns (also with ``update_fields`` naming a source field).
   Bulk loaders skip ``save()``: call ``obj.fill_search_columns()`` before ``bulk_create``.
   The default ``search_texts()`` reads ``search_title_field`` ("title") and
   ``search_text_fields`` (()); override it for HTML (pass it through ``plain_text``).

2. Its migration (``makemigrations`` writes the two AddField) gets the PostgreSQL part by
   hand, after them::

       from core.search import postgresql_operations
       operations = [..., *postgresql_operations("documents_document", index_name="document_search_gin")]

   It creates the ``unaccent`` extension and the ``vietnamese_unaccent`` text search
   configuration if missing, a stored generated column ``search_vector`` (title weighted A,
   the rest C) and its GIN index. Nothing happens on SQLite.

3. A view searches any queryset of that model::

       from core.search import QueryError, search
       try:
           results = search(Document.objects.public(), request.GET.get("q", ""))
       except QueryError as error:      # error.code: "empty", "too_long" or "no_words"
           ...                          # show a message, status 400 for "too_long"

   ``search()`` returns a QuerySet of the matching rows, best first: an article matches when
   every word of the query (case and diacritics ignored) is one of its words. Ties keep
   the queryset's own ordering (or the model's Meta.ordering). The order is rank_levels():
   phrase in the title, phrase anywhere, every word in the title, the rest (a query typed
   with diacritics puts its exact spelling first). For a page of a large table use
   ``ranked_page(queryset, query, number=…, per_page=20, count_cap=1000, cache_name="…")``:
   it reads only the rows the page needs, counts exactly up to count_cap (``page.more``
   says "more than"), and with cache_name keeps the page until content changes.
   ``check_query(query)`` validates without touching the database and returns a
   ``CheckedQuery`` (folded words, exact words); ``search()``, ``ranked_page()``,
   ``best_ids()`` and ``highlight()`` take it in place of the text, so a view that checked
   the query once passes that down and nothing checks it again. ``matching(queryset, folded)``
   filters without ranking (admin search); ``has_word(word, in_title=...)`` is a filter
   condition for one word.

4. A template shows ``highlight(text, query)``: an escaped excerpt around the first match with
   the matched words in ``<mark>`` (pass ``before=1000, size=1000`` for a whole title).

The words are those of ``words()`` / ``folded_words()`` on every database; ``fold`` is
core.text.fold. Keep this API stable: news, documents, notices and feedback use it.

This module is the public face; the code is in query (words, query checks), columns (shadow
columns, Searchable), postgres (the tsvector columns and their migration), ranking (filtering,
ranking, pages) and excerpts (highlight); filters holds the django-filter mixin.
"""

from core.search.columns import Searchable, index_terms, shadow_columns
from core.search.excerpts import highlight
from core.search.postgres import TS_CONFIG, postgresql_operations
from core.search.query import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    CheckedQuery,
    QueryError,
    check_query,
    clean_query,
    folded_words,
    words,
)
from core.search.ranking import Like, ResultPage, best_ids, has_word, matching, rank_levels, ranked_page, search
from core.text import fold

__all__ = [
    "MAX_QUERY_LENGTH", "MAX_QUERY_WORDS", "TS_CONFIG", "CheckedQuery", "Like", "QueryError", "ResultPage",
    "Searchable", "best_ids", "check_query", "clean_query", "fold", "folded_words", "has_word", "highlight",
    "index_terms", "matching", "postgresql_operations", "rank_levels", "ranked_page", "search", "shadow_columns",
    "words",
]
