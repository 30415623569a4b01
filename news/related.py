"""Related news: articles whose titles share the most specific words of an article's title.

Computed when an article is published or retitled (news/workflow.py; in bulk by `manage.py refresh_related`), stored
in RelatedArticles (read with the article, news/article_page): reading an article costs one
small query for the related rows, however large the archive.
The title words of every public article are found through the search index terms ("^word",
core.search.index_terms): PostgreSQL's GIN index on search_terms, LIKE on SQLite.

A word's weight is its rarity among the titles of the other public articles; the four rarest
words that some other title shares are the keywords; an article sharing at least two of them
(one, when the title has a single keyword) is related, scored by the weights it shares,
newest first among equals. The bulk path and the one-article path use the same functions.
"""

import math
from collections import defaultdict
from itertools import combinations

from django.db import connection
from django.db.models import BooleanField, F, Q
from django.db.models.expressions import RawSQL

from core.bulk import BackgroundWriter
from core.caching.pagecache import pages_changed
from core.search import Like, folded_words
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


def keyword_groups(weights):
    """Return the sets of keywords an article may share to be related, grouped by equal score, best first.

    An article's score is the sum of the weights of the keywords its title shares, so the
    sets can be visited best first and the newest articles holding each set taken until
    enough are found: all weights are positive, so an article holding more keywords than
    a set was already met under the larger set (or the list was full before).
    """
    needed = min(2, len(weights))
    by_score = defaultdict(list)
    for size in range(len(weights), needed - 1, -1):
        for words in combinations(weights, size):
            by_score[sum(weights[w] for w in words)].append(words)
    return [by_score[score] for score in sorted(by_score, reverse=True)] if needed else []


def pick_related(weights, newest_having, *, limit=STORED):
    """Return the pks of the best related articles: highest score, then newest (published_at, pk).

    newest_having(words, exclude, count) returns up to count (published_at, pk) of the newest
    articles whose titles hold every one of words, leaving out the pks in exclude.
    """
    chosen = []
    for group in keyword_groups(weights):
        need = limit - len(chosen)
        if need <= 0:
            break
        found = {pk: when for words in group for when, pk in newest_having(words, set(chosen), need)}
        chosen += [pk for pk, _when in sorted(found.items(), key=lambda item: (item[1], item[0]), reverse=True)[:need]]
    return chosen


# --- One article, through the index ----------------------------------------------------

def _title_has(*words):
    if connection.vendor == "postgresql":
        return Q(RawSQL("search_terms @@ %s::tsquery", [" & ".join(f"'^{w}'" for w in words)],
                        output_field=BooleanField()))
    return Q(*[Like(F("search_folded"), f"% ^{word} %") for word in words])


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
    others = Article.objects.published().exclude(pk=article.pk).order_by()

    def newest_having(words, exclude, count):
        rows = others.filter(_title_has(*words)).exclude(pk__in=exclude)
        return list(rows.order_by("-published_at", "-pk").values_list("published_at", "pk")[:count])

    return pick_related(weights, newest_having)


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


# --- Every article at once, in memory ----------------------------------------------------

def refresh_all(*, batch=2000, progress=None):
    """Recompute the related articles of every public article with one read of the titles; return how many."""
    rows = sorted(Article.objects.published().order_by().values_list("published_at", "pk", "title"), reverse=True)
    words_of = {pk: title_words(title) for _when, pk, title in rows}
    # Each word's articles, newest first, and as a set to test membership.
    postings = defaultdict(list)
    for when, pk, _title in rows:
        for word in words_of[pk]:
            postings[word].append((when, pk))
    holders = {word: {pk for _when, pk in entries} for word, entries in postings.items()}

    def newest_having(words, exclude, count):
        shortest, *rest = sorted(words, key=lambda w: len(postings[w]))
        found = []
        for when, pk in postings[shortest]:
            if pk not in exclude and all(pk in holders[w] for w in rest):
                found.append((when, pk))
                if len(found) == count:
                    break
        return found

    total = len(rows) - 1
    # Titles written from the same pattern share their keywords: pick once per set of keywords,
    # one more than needed, and drop the article itself afterwards.
    picked_for = {}
    pending = []
    with BackgroundWriter(_store) as writer:
        for done, (_when, pk, _title) in enumerate(rows, 1):
            words = words_of[pk]
            weights = choose_keywords(words, {w: min(len(postings[w]) - 1, COUNT_CAP) for w in words}, total)
            key = tuple(weights)
            if key not in picked_for:
                picked_for[key] = pick_related(weights, newest_having, limit=STORED + 1)
            pending.append(RelatedArticles(article_id=pk,
                                           ids=[other for other in picked_for[key] if other != pk][:STORED]))
            if len(pending) >= batch or done == len(rows):
                writer.put(pending)
                pending = []
                if progress:
                    progress(done, len(rows))
    pages_changed()
    return len(rows)


def _store(rows):
    RelatedArticles.objects.bulk_create(rows, update_conflicts=True, unique_fields=["article"], update_fields=["ids"])
