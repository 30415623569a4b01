"""Time news search on N generated articles.

Usage (from the project root):
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/search_bench.py --articles 5000
    DATABASE_URL="postgres://postgres@/portal_bench?host=...&port=..." .venv/bin/python bench/search_bench.py

The database is migrated, emptied of articles and filled again, so its name must
contain "bench": the script refuses to touch any other database.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from news.models import Article, Category  # noqa: E402
from news.related import compute_related  # noqa: E402
from news.search import decorate, search  # noqa: E402

QUERIES = ["dang uy", "Đảng ủy", "ĐẢNG ỦY", "thanh nien", "chi doan thanh nien", "thi hanh an dan su",
           "quyết toán", "xyzzy"]
BATCH = 500


def vocabulary(rng):
    """Return (words, Zipf weights): the syllables of the seed articles, a few common, most rare."""
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt")))
    extra = "quyết toán ngân sách kiểm tra giám sát tuyên truyền pháp luật tiếp công dân khiếu nại tố cáo"
    words = list(dict.fromkeys(w.strip(".,;:()–-\"“”") for w in (text + " " + extra).split()))
    words = [w for w in words if w]
    rng.shuffle(words)
    return words, [1 / (rank + 1) for rank in range(len(words))]


def fill(count, seed):
    rng = random.Random(seed)
    words, weights = vocabulary(rng)
    Article.objects.all().delete()
    categories = [Category.objects.get_or_create(slug=f"bench-{n}", defaults={"name": f"Bench {n}"})[0]
                  for n in range(5)]
    start = timezone.now() - datetime.timedelta(days=count)
    batch = []
    for n in range(count):
        title = " ".join(rng.choices(words, weights, k=rng.randint(8, 16))).capitalize()
        paragraphs = [" ".join(rng.choices(words, weights, k=rng.randint(40, 90))) for _ in range(rng.randint(3, 8))]
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        summary = " ".join(paragraphs[0].split()[:40])
        article = Article(
            title=title, slug=f"bench-{n}", category=categories[n % 5], summary=summary, body=body,
            status=Article.Status.PUBLISHED, published_at=start + datetime.timedelta(days=n),
        )
        article.fill_derived_fields()
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE news_article")


def time_query(query, repeat):
    """Return (hits, median ms) for the first results page: count, 20 rows and their excerpts."""
    timings, hits = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        results = search(query)
        hits = results.count()
        decorate(list(results[:20]), query)
        timings.append((time.perf_counter() - started) * 1000)
    return hits, statistics.median(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    name = str(connection.settings_dict["NAME"])
    if "bench" not in name:
        sys.exit(f"Refusing to use database {name!r}: its name must contain 'bench'.")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    fill(args.articles, args.seed)
    print(f"{connection.vendor}: {args.articles} articles created in {time.perf_counter() - started:.1f} s")
    for query in QUERIES:
        hits, ms = time_query(query, args.repeat)
        print(f"  {query!r:28} {hits:6d} hits  {ms:8.1f} ms (median of {args.repeat})")
    timings = []
    for article in Article.objects.order_by("?")[:args.repeat]:
        cache.clear()
        started = time.perf_counter()
        compute_related(article)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"  related news, uncached: {statistics.median(timings):.1f} ms (median of {len(timings)} articles)")


if __name__ == "__main__":
    main()
