"""Search for news: one search() API over PostgreSQL full-text search or SQLite folded text.

Both databases answer with the same rows in the same order: an article matches when
every word of the query (folded: case and diacritics ignored) is a word of its title,
summary or body. Rows whose title holds every word come first, then rows holding the
words exactly as typed (diacritics and all), then the newest. PostgreSQL's ts_rank is
left out on purpose: it weighs word frequency, which SQLite cannot reproduce.
PostgreSQL filters on the stored tsvector column search_vector through its GIN index
(migration 0002_search); SQLite scans the folded shadow column, which is fine for the few
thousand articles of a department.
"""

import datetime
import unicodedata

from django.db import connection
from django.db.models import BooleanField, Case, F, IntegerField, Lookup, Q, When
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe

from cms.localtime import local_day_start
from cms.text import fold, plain_text
from news.models import Article
from news.searchtext import MAX_QUERY_LENGTH, TITLE_SEPARATOR, WORD_RE, clean_query

TS_CONFIG = "vietnamese_unaccent"
# Only the newest matches are ranked: a word nearly every article holds ("thi hành án")
# would otherwise make the database rank the whole table for one page of results.
MAX_RANKED = 1000


class QueryError(ValueError):
    """A query that cannot be searched for; code is "empty", "too_long" or "no_words"."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Like(Lookup):
    """column LIKE pattern, with the pattern's wildcards kept (patterns hold only letters and digits)."""

    lookup_name = "like"

    def as_sql(self, compiler, conn):
        lhs, lhs_params = self.process_lhs(compiler, conn)
        rhs, rhs_params = self.process_rhs(compiler, conn)
        return f"{lhs} LIKE {rhs}", [*lhs_params, *rhs_params]


def _every(field, patterns):
    return Q(*[Like(F(field), pattern) for pattern in patterns])


def has_word(word, *, in_title=False):
    """Return a condition: the row holds folded word (in its title only, if asked)."""
    if _is_postgresql():
        # A lookup in the stored tsvector: far cheaper than LIKE over the body.
        return RawSQL(f"search_vector @@ to_tsquery('{TS_CONFIG}'::regconfig, %s)",
                      [f"{word}:A" if in_title else word], output_field=BooleanField())
    return Like(F("search_folded"), f"% {word} %{TITLE_SEPARATOR}%" if in_title else f"% {word} %")


def _is_postgresql():
    return connection.vendor == "postgresql"


def _full_text(folded, operator):
    return RawSQL(
        # Unqualified: it then names the right table in subqueries too (Django aliases them).
        f"search_vector @@ to_tsquery('{TS_CONFIG}'::regconfig, %s)",
        [f" {operator} ".join(folded)], output_field=BooleanField(),
    )


def matching(queryset, folded, *, any_word=False):
    """Return the rows of queryset holding every (or any) folded word as a word."""
    if _is_postgresql():
        return queryset.filter(_full_text(folded, "|" if any_word else "&"))
    patterns = [f"% {word} %" for word in folded]
    if any_word:
        condition = Q()
        for pattern in patterns:
            condition |= Q(Like(F("search_folded"), pattern))
        return queryset.filter(condition)
    return queryset.filter(_every("search_folded", patterns))


def check_query(query):
    """Return (folded words, exact words) of query, or raise QueryError."""
    query = (query or "").strip()
    if not query:
        raise QueryError("empty")
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError("too_long")
    folded, exact = clean_query(query)
    if not folded:
        raise QueryError("no_words")
    return folded, exact



def within_period(queryset, *, date_from=None, date_to=None):
    """Return the rows published between two local days, both included."""
    if date_from:
        queryset = queryset.filter(published_at__gte=local_day_start(date_from))
    if date_to:
        queryset = queryset.filter(published_at__lt=local_day_start(date_to + datetime.timedelta(days=1)))
    return queryset


def search(query, *, category=None, date_from=None, date_to=None):
    """Return the published articles matching query, best first; raise QueryError for a bad query."""
    folded, exact = check_query(query)
    queryset = Article.objects.published().select_related("category").defer("search_exact", "search_folded")
    if category is not None:
        queryset = queryset.filter(category=category)
    matched = matching(within_period(queryset, date_from=date_from, date_to=date_to), folded)
    newest = matched.order_by("-published_at", "-id").values("pk")[:MAX_RANKED]
    queryset = queryset.filter(pk__in=newest)
    return queryset.annotate(
        title_hit=Case(When(Q(*[has_word(word, in_title=True) for word in folded]), then=1), default=0,
                       output_field=IntegerField()),
        exact_hit=Case(When(_every("search_exact", [f"% {word} %" for word in exact]), then=1), default=0,
                       output_field=IntegerField()),
    ).order_by("-title_hit", "-exact_hit", "-published_at", "-id")


def highlight(text, folded, *, before=12, size=45):
    """Return an HTML excerpt of text around the first query word, the query words in <mark>."""
    text = unicodedata.normalize("NFC", text or "")
    found = list(WORD_RE.finditer(text))
    if not found:
        return ""
    wanted = set(folded)
    hits = [i for i, match in enumerate(found) if fold(match.group()) in wanted]
    first = max(0, hits[0] - before) if hits else 0
    last = min(len(found), first + size)
    parts = ["… "] if first else []
    position = found[first].start()
    for match in found[first:last]:
        parts.append(escape(text[position:match.start()]))
        word = escape(match.group())
        parts.append(f"<mark>{word}</mark>" if fold(match.group()) in wanted else word)
        position = match.end()
    if last < len(found):
        parts.append(" …")
    else:
        parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def decorate(articles, query):
    """Set title_html and excerpt_html on each article of a results page."""
    folded, _exact = clean_query(query)
    for article in articles:
        article.title_html = highlight(article.title, folded, before=1000, size=1000)
        body = f"{article.summary}\n{plain_text(article.body)}"
        article.excerpt_html = highlight(body, folded)
    return articles
