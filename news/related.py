"""Related news: articles whose titles share the most specific words of an article's title.

Computed when an article is saved public (and in bulk by `manage.py refresh_related`), stored
in RelatedArticles (read with the article through select_related("related")): reading an
article costs one small query for the related rows, however large the archive.
The title words of every public article are found through the search index terms ("^word",
cms.search.index_terms): PostgreSQL's GIN index on search_terms, LIKE on SQLite.

A word's weight is its rarity among the titles of the other public articles; the four rarest
words that some other title shares are the keywords; an article sharing at least two of them
(one, when the title has a single keyword) is related, scored by the weights it shares,
newest first among equals. The bulk path and the one-article path use the same functions.
"""

import heapq
import math
from collections import Counter, defaultdict

from django.db import connection
from django.db.models import BooleanField, F
from django.db.models.expressions import RawSQL

from cms.pagecache import pages_changed
from cms.search import Like, folded_words
from news.models import Article, RelatedArticles

# Folded function words. Kept short on purpose: folding merges words (Đảng/đang, xã/xa, tư/từ), and
# the rarity weighting below already discounts common words.
STOP_WORDS = {
    "a", "ai", "bai", "cac", "cai", "cho", "cua", "cung", "de", "den", "di", "do", "duoc", "gi", "hay",
    "hoac", "hon", "khi", "khong", "la", "len", "luc", "ma", "moi", "mot", "nay", "neu", "nhieu", "nhu",
    "nhung", "no", "o", "ra", "rang", "roi", "sau", "se", "ta", "tai", "tat", "tin", "toi", "tren", "trong",
    "truoc", "va", "vao", "ve", "voi", "vi",
}
KEYWORDS = 4
STORED = 8  # kept per article: some may be taken down later
SHOWN = 5
# Counting stops here: beyond it a word is common, and its exact frequency changes nothing.
COUNT_CAP = 2000


def title_words(title):
    """Return the distinct folded title words that can relate articles (no function words, numbers, letters)."""
    return [w for w in dict.fromkeys(folded_words(title)) if w not in STOP_WORDS and len(w) > 1 and not w.isdigit()]


def choose_keywords(words, frequency, total, *, limit=KEYWORDS):
    """Return {word: weight} for the limit rarest words that other titles share (frequency: other titles)."""
    shared = [w for w in words if frequency.get(w, 0) > 0]
    chosen = sorted(shared, key=lambda w: (frequency[w], words.index(w)))[:limit]
    return {w: math.log((total + 1) / frequency[w]) for w in chosen}


def rank_related(weights, candidates, *, limit=STORED):
    """Return the pks of the best candidates: (pk, published_at, title words) sharing enough keywords."""
    needed = min(2, len(weights))
    scored = []
    for pk, published_at, words in candidates:
        shared = [w for w in weights if w in words]
        if needed and len(shared) >= needed:
            scored.append((-sum(weights[w] for w in shared), -published_at.timestamp(), -pk))
    return [-pk for _score, _when, pk in heapq.nsmallest(limit, scored)]


# --- One article, through the index ----------------------------------------------------

def _title_has(*words):
    if connection.vendor == "postgresql":
        return RawSQL("search_terms @@ %s::tsquery", [" & ".join(f"'^{w}'" for w in words)],
                      output_field=BooleanField())
    return Like(F("search_folded"), f"% ^{words[0]} %") if len(words) == 1 else None


def _with_title_words(queryset, words):
    if connection.vendor == "postgresql":
        pairs = [f"('^{a}' & '^{b}')" for i, a in enumerate(words) for b in words[i + 1:]] or [f"'^{words[0]}'"]
        return queryset.filter(RawSQL("search_terms @@ %s::tsquery", [" | ".join(pairs)], output_field=BooleanField()))
    condition = None
    for word in words:
        has = Like(F("search_folded"), f"% ^{word} %")
        condition = has if condition is None else condition | has
    return queryset.filter(condition)


def keywords(article):
    """Return {word: weight} of article's title keywords, counted over the other public titles."""
    words = title_words(article.title)
    if not words:
        return {}
    others = Article.objects.published().exclude(pk=article.pk).order_by()
    frequency = {w: others.filter(_title_has(w))[:COUNT_CAP].count() for w in words}
    return choose_keywords(words, frequency, others.count())


def compute_related(article):
    """Return the pks of the public articles related to article, best first (queries the index)."""
    weights = keywords(article)
    if not weights:
        return []
    others = Article.objects.published().exclude(pk=article.pk).order_by()
    rows = _with_title_words(others, list(weights)).values_list("pk", "published_at", "title")
    return rank_related(weights, [(pk, when, set(folded_words(title))) for pk, when, title in rows])


def refresh_related(article, *, neighbours=False):
    """Compute and store article's related articles; if asked, show it among those of the articles it relates to.

    A neighbour's list is not recomputed (that costs a full computation each): the new article
    takes the last shown place of it, so an older article leads to a newer one at once; the
    nightly `refresh_related` pass ranks every list afresh.
    """
    ids = compute_related(article)
    article.related = RelatedArticles.objects.update_or_create(article=article, defaults={"ids": ids})[0]
    if neighbours and ids:
        changed = []
        for other in RelatedArticles.objects.filter(article_id__in=ids):
            if article.pk not in other.ids:
                other.ids = [*other.ids[:SHOWN - 1], article.pk, *other.ids[SHOWN - 1:]][:STORED]
                changed.append(other)
        RelatedArticles.objects.bulk_update(changed, ["ids"])


def related_articles(article, *, limit=SHOWN):
    """Return up to limit public related articles of article (stored; computed once if missing)."""
    try:
        ids = article.related.ids
    except RelatedArticles.DoesNotExist:
        refresh_related(article)
        ids = article.related.ids
    if not ids:
        return []
    found = Article.objects.published().only("title", "slug", "published_at").in_bulk(ids)
    return [found[pk] for pk in ids if pk in found][:limit]


# --- Every article at once, in memory ----------------------------------------------------

def refresh_all(*, batch=2000, progress=None):
    """Recompute the related articles of every public article with one read of the titles; return how many."""
    rows = list(Article.objects.published().order_by().values_list("pk", "published_at", "title"))
    words_of = {pk: title_words(title) for pk, _when, title in rows}
    all_words = {pk: set(folded_words(title)) for pk, _when, title in rows}
    when_of = {pk: when for pk, when, _title in rows}
    postings = defaultdict(list)
    for pk, words in words_of.items():
        for word in words:
            postings[word].append(pk)
    counts = Counter({word: len(pks) for word, pks in postings.items()})
    total = len(rows) - 1
    # Titles written from the same pattern share their keywords: rank each set of keywords once,
    # one more than needed, and drop the article itself afterwards.
    ranked_for = {}
    updated, pending = 0, []
    for pk, words in words_of.items():
        frequency = {w: min(counts[w] - 1, COUNT_CAP) for w in words}
        weights = choose_keywords(words, frequency, total)
        key = tuple(weights)
        if key not in ranked_for:
            seen = Counter(other for w in weights for other in postings[w])
            needed = min(2, len(weights))
            candidates = [(other, when_of[other], all_words[other]) for other, n in seen.items() if n >= needed]
            ranked_for[key] = rank_related(weights, candidates, limit=STORED + 1)
        pending.append(RelatedArticles(article_id=pk, ids=[other for other in ranked_for[key] if other != pk][:STORED]))
        if len(pending) >= batch:
            updated += _store(pending)
            pending = []
            if progress:
                progress(updated, len(rows))
    updated += _store(pending)
    pages_changed()
    return updated


def _store(rows):
    RelatedArticles.objects.bulk_create(rows, update_conflicts=True, unique_fields=["article"], update_fields=["ids"])
    return len(rows)
