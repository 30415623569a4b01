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
   ``check_query(query)`` validates without touching the database and returns
   (folded words, exact words); ``matching(queryset, folded)`` filters without ranking
   (admin search); ``has_word(word, in_title=...)`` is a filter condition for one word.

4. A template shows ``highlight(text, query)``: an escaped excerpt around the first match with
   the matched words in ``<mark>`` (pass ``before=1000, size=1000`` for a whole title).

The words are those of ``words()`` / ``folded_words()`` on every database; ``fold`` is
core.text.fold. Keep this API stable: news, documents, notices and feedback use it.
"""

import collections
import functools
import hashlib
import html
import itertools
import re
import unicodedata

from django.db import connection, migrations, models
from django.db.models import BooleanField, Case, F, IntegerField, Lookup, Q, When
from django.db.models.expressions import RawSQL
from django.utils.safestring import mark_safe

from core.caching.pagecache import generation_cached
from core.text import fold

__all__ = [
    "MAX_QUERY_LENGTH", "MAX_QUERY_WORDS", "TS_CONFIG", "QueryError", "ResultPage", "Searchable", "best_ids",
    "check_query", "clean_query", "fold", "folded_words", "has_word", "highlight", "matching",
    "postgresql_operations", "rank_levels", "ranked_page", "search", "shadow_columns", "words",
]

# Letters and digits; the underscore and every mark or symbol separate words.
WORD_RE = re.compile(r"[^\W_]+")
TITLE_SEPARATOR = "|"
TERMS_SEPARATOR = "#"
# Matches read first, newest first, before a ranking level is looked for in all of them (best_ids).
WINDOW = 400
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
TS_CONFIG = "vietnamese_unaccent"


# --- Words -------------------------------------------------------------------------------

def words(text):
    """Return the lowercased words of text, diacritics kept ("Đảng ủy!" -> ["đảng", "ủy"])."""
    return WORD_RE.findall(unicodedata.normalize("NFC", text or "").lower())


def folded_words(text):
    """Return the words of text with diacritics removed ("Đảng ủy" -> ["dang", "uy"])."""
    return WORD_RE.findall(fold(unicodedata.normalize("NFC", text or "")))


def clean_query(query):
    """Return (folded words, exact words) of a query, at most MAX_QUERY_WORDS distinct ones."""
    exact = list(dict.fromkeys(words(query)))[:MAX_QUERY_WORDS]
    folded = list(dict.fromkeys(folded_words(" ".join(exact))))
    return folded, exact


class QueryError(ValueError):
    """A query that cannot be searched for; code is "empty", "too_long" or "no_words"."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


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


# --- Shadow columns ----------------------------------------------------------------------

def _column(title_words, other_words):
    return f" {' '.join(title_words)} {TITLE_SEPARATOR} {' '.join(other_words)} "


def _pairs(words, mark=""):
    return [f"{mark}{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def index_terms(title_words, other_words):
    """Return the ranking's index terms: adjacent folded pairs ("hoang_van"), the title's words and pairs marked "^".

    A phrase or the words of a title are then found by an index (PostgreSQL's search_terms
    column), never by reading each matching row. Words hold no "_", "^", "|" or "#".
    """
    terms = [*_pairs(title_words), *_pairs(other_words), *(f"^{w}" for w in title_words), *_pairs(title_words, "^")]
    return list(dict.fromkeys(terms))


def shadow_columns(title, text=""):
    """Return (search_exact, search_folded) for a title-like text and the other (plain) text.

    Both hold the words separated by single spaces, the title's first, then " | " and the
    rest, padded with spaces so that a word is always found as " word ". The folded column
    ends with TERMS_SEPARATOR and index_terms(), which no word pattern can match.
    """
    title_folded, text_folded = folded_words(title), folded_words(text)
    terms = " ".join(index_terms(title_folded, text_folded))
    return (
        _column(words(title), words(text)),
        f"{_column(title_folded, text_folded)}{TERMS_SEPARATOR} {terms} ",
    )


class Searchable(models.Model):
    """Abstract model: the shadow columns search() reads, filled on save from search_texts()."""

    search_title_field = "title"
    search_text_fields = ()
    # Saving with update_fields naming one of these refills the columns (empty: always).
    search_source_fields = ()

    search_exact = models.TextField(editable=False, default="")
    search_folded = models.TextField(editable=False, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.fill_search_columns()
        elif not self.search_source_fields or set(self.search_source_fields) & set(update_fields):
            self.fill_search_columns()
            kwargs["update_fields"] = {*update_fields, "search_exact", "search_folded"}
        super().save(*args, **kwargs)

    def search_texts(self):
        """Return (title-like text, other text) to search; override for HTML or computed text."""
        title = getattr(self, self.search_title_field, "") or ""
        rest = "\n".join(str(getattr(self, name, "") or "") for name in self.search_text_fields)
        return str(title), rest

    def fill_search_columns(self):
        """Compute search_exact and search_folded from search_texts()."""
        self.search_exact, self.search_folded = shadow_columns(*self.search_texts())


# --- PostgreSQL --------------------------------------------------------------------------

VECTOR_SQL = (
    f"(setweight(to_tsvector('{TS_CONFIG}'::regconfig, split_part(search_exact, '|', 1)), 'A')"
    f" || setweight(to_tsvector('{TS_CONFIG}'::regconfig, split_part(search_exact, '|', 2)), 'C'))"
)
CONFIG_SQL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{TS_CONFIG}') THEN
            CREATE TEXT SEARCH CONFIGURATION {TS_CONFIG} (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION {TS_CONFIG}
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
                                  numword, numhword, hword_numpart
                WITH unaccent, simple;
        END IF;
    END $$""",
]


# The index terms written after "#" in search_folded (see index_terms()), as lexemes.
TERMS_SQL = f"array_to_tsvector(string_to_array(btrim(split_part(search_folded, '{TERMS_SEPARATOR}', 2)), ' '))"


def _postgresql_setup(table, index_name, apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in CONFIG_SQL:
        schema_editor.execute(statement)
    schema_editor.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
                          f"GENERATED ALWAYS AS ({VECTOR_SQL}) STORED")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index_name} ON {table} USING gin (search_vector)")
    schema_editor.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_terms tsvector "
                          f"GENERATED ALWAYS AS ({TERMS_SQL}) STORED")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index_name}_terms ON {table} USING gin (search_terms)")


def _postgresql_teardown(table, index_name, apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_terms")
    schema_editor.execute(f"DROP INDEX IF EXISTS {index_name}")
    schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
    # Other tables may still use the configuration.
    schema_editor.execute(f"""DO $$ BEGIN
        DROP TEXT SEARCH CONFIGURATION IF EXISTS {TS_CONFIG};
    EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$""")


def postgresql_operations(table, *, index_name):
    """Return the migration operations adding search_vector, search_terms and their GIN indexes (PostgreSQL only).

    Every statement is idempotent: running them again on a table that has some of it is safe.
    """
    return [migrations.RunPython(functools.partial(_postgresql_setup, table, index_name),
                                 functools.partial(_postgresql_teardown, table, index_name))]


def _is_postgresql():
    return connection.vendor == "postgresql"


# --- Filtering and ranking ---------------------------------------------------------------

class Like(Lookup):
    """column LIKE pattern, with the pattern's wildcards kept (patterns hold only letters and digits)."""

    lookup_name = "like"

    def as_sql(self, compiler, conn):
        lhs, lhs_params = self.process_lhs(compiler, conn)
        rhs, rhs_params = self.process_rhs(compiler, conn)
        return f"{lhs} LIKE {rhs}", [*lhs_params, *rhs_params]


def _every(field, patterns):
    return Q(*[Like(F(field), pattern) for pattern in patterns])


def _tsquery(text):
    # Unqualified column: it then names the right table in subqueries too (Django aliases them).
    return RawSQL(f"search_vector @@ to_tsquery('{TS_CONFIG}'::regconfig, %s)", [text],
                  output_field=BooleanField())


def has_word(word, *, in_title=False):
    """Return a condition: the row holds folded word (in its title only, if asked)."""
    if _is_postgresql():
        # A lookup in the stored tsvector: far cheaper than LIKE over the body.
        return _tsquery(f"{word}:A" if in_title else word)
    return Like(F("search_folded"), f"% {word} %{TITLE_SEPARATOR}%" if in_title else f"% {word} %")


def matching(queryset, folded, *, any_word=False):
    """Return the rows of queryset holding every (or any) folded word as a word."""
    if _is_postgresql():
        return queryset.filter(_tsquery(f" {'|' if any_word else '&'} ".join(folded)))
    patterns = [f"% {word} %" for word in folded]
    if any_word:
        condition = Q()
        for pattern in patterns:
            condition |= Q(Like(F("search_folded"), pattern))
        return queryset.filter(condition)
    return queryset.filter(_every("search_folded", patterns))


def _ordering(queryset):
    return list(queryset.query.order_by or queryset.model._meta.ordering or ["-pk"])


def _in_title(field, phrase):
    return Like(F(field), f"% {phrase} %{TITLE_SEPARATOR}%")


def _anywhere(field, phrase):
    return Like(F(field), f"% {phrase} %")


def _terms(terms):
    quoted = " & ".join(f"'{term}'" for term in terms)
    return RawSQL("search_terms @@ %s::tsquery", [quoted], output_field=BooleanField())


def _phrase(words, *, in_title):
    """Return a condition: the folded words adjacent, in this order (in the title only, if asked)."""
    mark = "^" if in_title else ""
    like = (_in_title if in_title else _anywhere)("search_folded", " ".join(words))
    if not _is_postgresql():
        return like
    if len(words) == 1:
        # Any match holds the word: only the title needs a condition.
        return _terms([f"^{words[0]}"]) if in_title else Q()
    pairs = _terms([f"{mark}{a}_{b}" for a, b in zip(words, words[1:], strict=False)])
    # Pairs alone are exact for two words; with more, "a b" and "b c" may lie apart.
    return pairs if len(words) == 2 else Q(pairs) & Q(like)


def rank_levels(folded, exact):
    """Return the conditions of the ranking levels, best first; a row ranks at the first it meets.

    A phrase (the words adjacent, in the query's order) beats scattered words, the title beats
    the rest. A query typed with diacritics ranks its exact spelling first: the exact phrase in
    the title, then anywhere, before the folded phrase ("Hoàng Văn Truyền" above "Hoằng Văn
    Truyện"). Typed without them, the spelling counts for nothing (most readers type so).
    """
    exact_phrase = " ".join(exact)
    phrase = folded_words(exact_phrase)
    title, anywhere = _phrase(phrase, in_title=True), _phrase(phrase, in_title=False)
    levels = []
    if exact_phrase != " ".join(phrase):
        levels += [Q(title) & Q(_in_title("search_exact", exact_phrase)),
                   Q(anywhere) & Q(_anywhere("search_exact", exact_phrase))]
    levels += [title, anywhere]
    if len(folded) > 1:
        levels.append(_terms([f"^{word}" for word in folded]) if _is_postgresql()
                      else Q(*[_in_title("search_folded", word) for word in folded]))
    # A condition every match meets ranks nothing.
    return [level for level in levels if level != Q()]


def _rank(levels):
    return Case(*[When(level, then=len(levels) - n) for n, level in enumerate(levels)], default=0,
                output_field=IntegerField())


def search(queryset, query):
    """Return the rows of queryset matching query, best first; raise QueryError for a bad query.

    Every match is ranked (annotation search_rank, higher is better; see rank_levels), ties in
    the queryset's own order. For a page of a large table use ranked_page(), which reads only
    as many rows of each level as the page needs.
    """
    folded, exact = check_query(query)
    ordering = _ordering(queryset)
    return (matching(queryset, folded).defer("search_exact", "search_folded")
            .annotate(search_rank=_rank(rank_levels(folded, exact))).order_by("-search_rank", *ordering))


def best_ids(queryset, query, count):
    """Return the primary keys of the count best matches, in the order of search()."""
    return _best(queryset, query, count)[0]


def _best(queryset, query, count, *, count_cap=None):
    """Return (the primary keys of the count best matches, the number of matches up to count_cap + 1).

    One query reads the newest WINDOW matches (or count, if more) with their ranking level.
    When they are all the matches there are, sorting them is the answer. Otherwise level by
    level, best first, each in the queryset's order and cut at what is still needed, so no
    better match is ever left out: a level with enough rows in the window has its first rows
    there (every newer match is in it), so a word in nearly every row costs a few hundred rows
    read instead of the whole table. Only a level with too few rows in the window is looked
    for in all matches (through the GIN indexes on PostgreSQL).
    """
    folded, exact = check_query(query)
    ordering = _ordering(queryset)
    matched = matching(queryset.order_by(), folded)
    levels = rank_levels(folded, exact)
    size = max(WINDOW, count)
    window = list(matched.annotate(search_rank=_rank(levels)).order_by(*ordering)
                  .values_list("pk", "search_rank")[:size])
    if len(window) < size:
        # Every match is known: best level first, the queryset's order within a level (a stable sort).
        return [pk for pk, _rank_value in sorted(window, key=lambda row: -row[1])[:count]], len(window)
    ids, better = [], Q()
    for n, level in enumerate([*levels, None]):
        need = count - len(ids)
        found = [pk for pk, rank in window if rank == len(levels) - n][:need]
        if len(found) < need:
            rows = matched.filter(level) if level is not None else matched
            if better:
                rows = rows.exclude(better)
            found = list(rows.order_by(*ordering).values_list("pk", flat=True)[:need])
        ids += found
        if len(ids) >= count or level is None:
            break
        better |= Q(level)
    if count_cap is None:
        return ids, None
    return ids, _capped_count(queryset, matched, ordering, cap=count_cap, last_pk=window[-1][0], seen=len(window))


# Rows a count may walk in the queryset's order before an unordered count is cheaper.
DENSE_WALK = 5000


def _capped_count(queryset, matched, ordering, *, cap, last_pk, seen):
    """Return the number of matches, counted up to cap + 1.

    Where matches are dense (the window spans few rows), walking the queryset's order counts
    them over pages just read; an unordered count would scan the table from its oldest rows,
    on PostgreSQL through a small ring of buffers, from the disk cache each time. Where they
    are sparse, that walk would read many rows per match: the unordered count lets the
    database use the word index instead. last_pk is the window's last row, seen the number of
    rows in the window.
    """
    field = ordering[0].lstrip("-") if isinstance(ordering[0], str) else None
    # Read here, not with every row of the window: a search whose matches fit in it never needs it.
    # None (an expression ordering, an empty value, the row gone meanwhile): count unordered.
    last = queryset.model._base_manager.filter(pk=last_pk).values_list(field, flat=True).first() if field else None
    if last is not None:
        newest_first = ordering[0].startswith("-")
        # A walk finds cap matches after about cap / seen times the rows the window spans.
        probe = DENSE_WALK * seen // (cap + 1)
        spanned = queryset.order_by().filter(**{f"{field}__{'gte' if newest_first else 'lte'}": last})[:probe]
        if spanned.count() < probe:
            return matched.order_by(*ordering)[:cap + 1].count()
    return matched.order_by()[:cap + 1].count()


class ResultPage:
    """One page of ranked results: rows, number, count (at most the cap) and whether there are more."""

    def __init__(self, rows, *, number, per_page, count, more):
        self.object_list, self.number, self.per_page, self.count, self.more = rows, number, per_page, count, more
        self.num_pages = max(1, -(-count // per_page))

    @property
    def paginator(self):
        """Return self: templates written for Django's Page read the count and pages here."""
        return self

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    def has_next(self):
        return self.number < self.num_pages

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.num_pages > 1

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1


def ranked_page(queryset, query, *, number=1, per_page=20, count_cap=1000, cache_name=None):
    """Return a ResultPage of queryset's best matches for query; raise QueryError for a bad query.

    The count is exact up to count_cap; beyond it ResultPage.more is True and only the first
    count_cap matches can be paged through (say "more than N", never N as a total). With
    cache_name (a string naming the queryset: its filters), the page's primary keys and the
    count are kept until content next changes (core.caching.pagecache generation).
    """
    folded, exact = check_query(query)
    try:
        number = max(1, int(number))
    except (TypeError, ValueError):
        number = 1

    # Only the first count_cap matches can be paged through: a page past them asks for no more rows.
    number = min(number, max(1, -(-count_cap // per_page)))

    def compute():
        ids, count = _best(queryset, query, number * per_page, count_cap=count_cap)
        pages = max(1, -(-min(count, count_cap) // per_page))
        page = min(number, pages)
        ids = ids[(page - 1) * per_page:page * per_page]
        return {"ids": ids, "count": min(count, count_cap), "more": count > count_cap, "page": page}

    if cache_name is None:
        found = compute()
    else:
        digest = hashlib.blake2b(repr((cache_name, exact, number, per_page, count_cap)).encode(),
                                 digest_size=16).hexdigest()
        found = generation_cached(f"search:{digest}", compute)
    rows = queryset.defer("search_exact", "search_folded").in_bulk(found["ids"])
    return ResultPage([rows[pk] for pk in found["ids"] if pk in rows], number=found["page"],
                      per_page=per_page, count=found["count"], more=found["more"])


# --- Highlighting ------------------------------------------------------------------------

# Vietnamese is written in a few thousand syllables: each word is folded once per process, not once per excerpt.
_fold_word = functools.lru_cache(maxsize=65536)(fold)


def highlight(text, query, *, before=12, size=45):
    """Return an HTML excerpt of text around the first query word, the query words in <mark>.

    query is the query as typed or its folded words (a list).
    """
    wanted = set(clean_query(query)[0] if isinstance(query, str) else query)
    text = unicodedata.normalize("NFC", text or "")
    # Words are read only up to the first match and the excerpt after it, not through a whole body.
    recent, first = collections.deque(maxlen=before + 1), None
    for index, match in enumerate(WORD_RE.finditer(text)):
        recent.append(match)
        if _fold_word(match.group()) in wanted:
            first = max(0, index - before)
            break
    if not recent:
        return ""
    if first is None:  # no match: the excerpt is the start of the text
        first, found = 0, list(itertools.islice(WORD_RE.finditer(text), size + 1))
    else:
        found = list(recent)
        found += itertools.islice(WORD_RE.finditer(text, found[-1].end()), size + 1 - len(found))
    # found: the excerpt's words from the first shown, and one more when the text goes on.
    last = min(len(found), size)
    parts = ["… "] if first else []
    # Escaping is per character: the text between two marked words is escaped in one piece.
    position = found[0].start()
    for match in found[:last]:
        if _fold_word(match.group()) in wanted:
            parts += (html.escape(text[position:match.start()]), "<mark>", html.escape(match.group()), "</mark>")
            position = match.end()
    if last < len(found):
        parts += (html.escape(text[position:found[last - 1].end()]), " …")
    else:
        parts.append(html.escape(text[position:]))
    return mark_safe("".join(parts))
