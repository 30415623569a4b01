"""Related news: articles that share the most specific words of an article's title."""

import math

from django.core.cache import cache
from django.db.models import Case, Count, FloatField, Q, Value, When

from cms.search import folded_words, has_word, matching
from news.models import Article

# Folded function words. Kept short on purpose: folding merges words (Đảng/đang, xã/xa, tư/từ), and
# the rarity weighting below already discounts common words.
STOP_WORDS = {
    "a", "ai", "bai", "cac", "cai", "cho", "cua", "cung", "de", "den", "di", "do", "duoc", "gi", "hay",
    "hoac", "hon", "khi", "khong", "la", "len", "luc", "ma", "moi", "mot", "nay", "neu", "nhieu", "nhu",
    "nhung", "no", "o", "ra", "rang", "roi", "sau", "se", "ta", "tai", "tat", "tin", "toi", "tren", "trong",
    "truoc", "va", "vao", "ve", "voi", "vi",
}
KEYWORDS = 4
CACHE_SECONDS = 3600


def keywords(article, *, limit=KEYWORDS):
    """Return up to limit title words of article that the fewest other published articles use."""
    candidates = [w for w in dict.fromkeys(folded_words(article.title)) if w not in STOP_WORDS and len(w) > 1
                  and not w.isdigit()]
    if not candidates:
        return {}
    published = Article.objects.published()
    counts = published.aggregate(
        total=Count("pk"),
        **{f"w{i}": Count("pk", filter=Q(has_word(w))) for i, w in enumerate(candidates)},
    )
    total = counts.pop("total")
    # A word only this article uses relates it to nothing.
    frequency = {w: counts[f"w{i}"] for i, w in enumerate(candidates) if counts[f"w{i}"] > 1}
    chosen = sorted(frequency, key=lambda w: (frequency[w], candidates.index(w)))[:limit]
    return {w: math.log((total + 1) / frequency[w]) for w in chosen}


def related_articles(article, *, limit=5):
    """Return up to limit published articles sharing the most specific title words of article."""
    key = f"news:related:{article.pk}:{article.updated_at.timestamp() if article.updated_at else 0}"
    ids = cache.get(key)
    if ids is None:
        ids = _related_ids(article, limit)
        cache.set(key, ids, CACHE_SECONDS)
    found = Article.objects.published().for_listing().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def _related_ids(article, limit):
    weights = keywords(article)
    if not weights:
        return []
    score = Value(0.0, output_field=FloatField())
    for word, weight in weights.items():
        score = score + Case(
            When(has_word(word, in_title=True), then=Value(2 * weight)),
            When(has_word(word), then=Value(weight)),
            default=Value(0.0), output_field=FloatField(),
        )
    shared = Value(0)
    for word in weights:
        shared = shared + Case(When(has_word(word), then=Value(1)), default=Value(0))
    needed = min(2, len(weights))
    candidates = matching(Article.objects.published().exclude(pk=article.pk), list(weights), any_word=True)
    return list(
        candidates.annotate(score=score, shared=shared).filter(shared__gte=needed)
        .order_by("-score", "-published_at").values_list("pk", flat=True)[:limit]
    )
