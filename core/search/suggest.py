"""'Did you mean': the query with each word no text holds replaced by the closest word some text holds.

PostgreSQL picks candidate words by trigram similarity (pg_trgm, news migration 0009); SQLite
reads the folded words of the searched rows and lets difflib pick them. Both then prefer the
candidate that stands next to a neighbouring query word somewhere ("thanh nein" -> "thanh nien",
not "thanh nen"): the folded column keeps adjacent pairs as index terms.
"""

import difflib

from django.db import connection
from django.db.models import F

from core.caching.pagecache import generation_cached
from core.search.columns import TERMS_SEPARATOR, TITLE_SEPARATOR
from core.search.postgres import is_postgresql
from core.search.query import check_query, folded_words
from core.search.ranking import Like, _terms, matching

CANDIDATES = 20
# A candidate closer than this to the typed word (difflib ratio, pair bonus included) is offered.
CUTOFF = 0.7
PAIR_BONUS = 0.3


def _folded_rows(queryset):
    return queryset.order_by().prefetch_related(None).values_list("search_folded", flat=True)


def _known(querysets, word):
    return any(matching(queryset, [word]).exists() for queryset in querysets)


def _candidates_sqlite(querysets, word):
    vocabulary = set()
    for queryset in querysets:
        for folded in _folded_rows(queryset).iterator():
            vocabulary.update(folded.partition(TERMS_SEPARATOR)[0].replace(TITLE_SEPARATOR, " ").split())
    return difflib.get_close_matches(word, vocabulary, n=CANDIDATES, cutoff=0.5)


def _candidates_postgresql(querysets, word):
    found = set()
    for queryset in querysets:
        sql, params = _folded_rows(queryset).query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM (SELECT DISTINCT unnest(string_to_array(btrim(replace(split_part(rows.search_folded,"
                f" '{TERMS_SEPARATOR}', 1), '{TITLE_SEPARATOR}', ' ')), ' ')) AS word FROM ({sql}) rows) words"
                " WHERE word <> '' ORDER BY similarity(word, %s) DESC, word LIMIT %s",
                [*params, word, CANDIDATES])
            found.update(row[0] for row in cursor.fetchall())
    return found


def _pair_known(querysets, first, second):
    # The pair index term ("thanh_nien"): in search_terms on PostgreSQL, after "#" in the folded column on SQLite.
    condition = _terms([f"{first}_{second}"]) if is_postgresql() else Like(F("search_folded"), f"% {first}_{second} %")
    return any(queryset.filter(condition).exists() for queryset in querysets)


def _closest(querysets, words, index):
    word = words[index]
    find = _candidates_postgresql if is_postgresql() else _candidates_sqlite
    best, best_score = None, CUTOFF
    for candidate in find(querysets, word):
        score = difflib.SequenceMatcher(None, word, candidate).ratio()
        before = words[index - 1] if index else None
        after = words[index + 1] if index + 1 < len(words) else None
        beside = (before and _pair_known(querysets, before, candidate)) or (
            after and _pair_known(querysets, candidate, after))
        if beside:
            score += PAIR_BONUS
        if score > best_score or (score == best_score and best and candidate < best):
            best, best_score = candidate, score
    return best


def suggestion(querysets, query, *, cache_name=None):
    """Return the query with its unknown words corrected, or None when every word is known or none is close.

    querysets are what the search looks in (the public rows of each section); query is the text
    as typed or its CheckedQuery. Known words keep their typed spelling, corrections are folded.
    With cache_name (naming the querysets), the answer is kept until content next changes.
    """
    exact = check_query(query).exact
    if cache_name is not None:
        # Kept in a list: "no suggestion" (None) is an answer too, not a miss.
        return generation_cached("suggestion", lambda: [_corrected(querysets, exact)],
                                 varies_with=(cache_name, exact))[0]
    return _corrected(querysets, exact)


def _corrected(querysets, exact):
    words = [folded_words(word)[0] if folded_words(word) else word for word in exact]
    corrected, changed = list(exact), False
    for index, word in enumerate(words):
        if _known(querysets, word):
            continue
        replacement = _closest(querysets, words, index)
        if replacement:
            corrected[index], changed = replacement, True
    return " ".join(corrected) if changed else None
