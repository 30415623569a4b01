"""Filtering and ranking: the rows holding every query word, best first, and a page of them read cheaply."""


from django.db.models import BooleanField, Case, F, IntegerField, Lookup, Q, When
from django.db.models.expressions import RawSQL

from core.caching.pagecache import generation_cached
from core.search.columns import TITLE_SEPARATOR
from core.search.postgres import TS_CONFIG, is_postgresql
from core.search.query import check_query, folded_words

# Matches read first, newest first, before a ranking level is looked for in all of them (best_ids).
WINDOW = 400


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
    if is_postgresql():
        # A lookup in the stored tsvector: far cheaper than LIKE over the body.
        return _tsquery(f"{word}:A" if in_title else word)
    return Like(F("search_folded"), f"% {word} %{TITLE_SEPARATOR}%" if in_title else f"% {word} %")


def matching(queryset, folded, *, any_word=False):
    """Return the rows of queryset holding every (or any) folded word as a word."""
    if is_postgresql():
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
    if not is_postgresql():
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
        levels.append(_terms([f"^{word}" for word in folded]) if is_postgresql()
                      else Q(*[_in_title("search_folded", word) for word in folded]))
    # A condition every match meets ranks nothing.
    return [level for level in levels if level != Q()]


def _rank(levels):
    return Case(*[When(level, then=len(levels) - n) for n, level in enumerate(levels)], default=0,
                output_field=IntegerField())


def search(queryset, query):
    """Return the rows of queryset matching query, best first; raise QueryError for a bad query.

    query is the text as typed or its CheckedQuery (then it is not checked again). Every match
    is ranked (annotation search_rank, higher is better; see rank_levels), ties in the
    queryset's own order. For a page of a large table use ranked_page(), which reads only as
    many rows of each level as the page needs.
    """
    folded, exact = check_query(query)
    ordering = _ordering(queryset)
    return (matching(queryset, folded).defer("search_exact", "search_folded")
            .annotate(search_rank=_rank(rank_levels(folded, exact))).order_by("-search_rank", *ordering))


def best_ids(queryset, query, count):
    """Return the primary keys of the count best matches, in the order of search(); query as for search()."""
    return _best(queryset, check_query(query), count)[0]


def _best(queryset, checked, count, *, count_cap=None):
    """Return (the primary keys of the count best matches, the number of matches up to count_cap + 1).

    One query reads the newest WINDOW matches (or count, if more) with their ranking level.
    When they are all the matches there are, sorting them is the answer. Otherwise level by
    level, best first, each in the queryset's order and cut at what is still needed, so no
    better match is ever left out: a level with enough rows in the window has its first rows
    there (every newer match is in it), so a word in nearly every row costs a few hundred rows
    read instead of the whole table. Only a level with too few rows in the window is looked
    for in all matches (through the GIN indexes on PostgreSQL). checked is the query's CheckedQuery.
    """
    folded, exact = checked
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
    count are kept until content next changes (core.caching.pagecache generation). query is the
    text as typed or its CheckedQuery, as for search().
    """
    checked = check_query(query)
    try:
        number = max(1, int(number))
    except (TypeError, ValueError):
        number = 1

    # Only the first count_cap matches can be paged through: a page past them asks for no more rows.
    number = min(number, max(1, -(-count_cap // per_page)))

    def compute():
        ids, count = _best(queryset, checked, number * per_page, count_cap=count_cap)
        pages = max(1, -(-min(count, count_cap) // per_page))
        page = min(number, pages)
        ids = ids[(page - 1) * per_page:page * per_page]
        return {"ids": ids, "count": min(count, count_cap), "more": count > count_cap, "page": page}

    if cache_name is None:
        found = compute()
    else:
        found = generation_cached("search", compute,
                                  varies_with=(cache_name, checked.exact, number, per_page, count_cap))
    rows = queryset.defer("search_exact", "search_folded").in_bulk(found["ids"])
    return ResultPage([rows[pk] for pk in found["ids"] if pk in rows], number=found["page"],
                      per_page=per_page, count=found["count"], more=found["more"])
