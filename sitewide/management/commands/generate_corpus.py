"""Fill the database with a synthetic corpus of THADS news (see sitewide/corpus/news.py)."""

import random
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.bulk import BackgroundWriter
from news.models import Article
from news.related import refresh_all
from sitewide.corpus.news import SlugBook, build_article, ensure_categories, ensure_covers, publication_times


def progress(done, total, started, stream=sys.stderr):
    """Draw a one-line progress bar on a terminal stream."""
    width = 30
    filled = width * done // total if total else width
    elapsed = time.monotonic() - started
    rate = done / elapsed if elapsed else 0
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles, {elapsed:.0f}s, "
                 f"{rate:.0f}/s ")
    stream.flush()


class Command(BaseCommand):
    help = "Create N realistic Vietnamese articles spread over the last years (repeatable with --seed)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--years", type=float, default=10)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--debtors", type=int, default=0,
                            help="Also add this many fictitious entries to the register of debtors.")
        parser.add_argument("--documents", type=int, default=0,
                            help="Also add N published documents to the register (documents app).")
        parser.add_argument("--until", type=str, default="",
                            help="Last day (yyyy-mm-dd) of the corpus; today by default. Fix it to repeat a corpus.")

    def handle(self, *args, articles, years, seed, batch_size, until, debtors=0, documents=0, **options):
        if articles < 0 or documents < 0 or debtors < 0 or years <= 0 or batch_size <= 0:
            raise CommandError("--articles, --documents and --debtors must be >= 0, --years and --batch-size > 0.")
        try:
            last_day = timezone.datetime.strptime(until, "%Y-%m-%d").date() if until else timezone.localdate()
        except ValueError:
            raise CommandError("--until must be a date as yyyy-mm-dd.") from None
        rng = random.Random(seed)
        started = time.monotonic()
        categories = ensure_categories()
        covers = ensure_covers()
        slugs = SlugBook()
        times = publication_times(rng, articles, years=years, until=last_day)
        stream = self.stderr._out
        with BackgroundWriter(lambda batch: Article.objects.bulk_create(batch)) as writer:
            for start in range(0, articles, batch_size):
                batch = [build_article(rng, when=when, categories=categories, covers=covers, slugs=slugs)
                         for when in times[start:start + batch_size]]
                writer.put(batch)
                progress(start + len(batch), articles, started, stream)
        stream.write("\n")
        # bulk_create skips save(): relate the new articles the way publishing does, in one pass.
        refresh_all()
        elapsed = time.monotonic() - started
        self.stdout.write(f"Created {articles} articles in {elapsed:.1f}s (seed {seed}).")
        if debtors:
            from sitewide.corpus.notices import generate_debtors

            started = time.monotonic()
            generate_debtors(rng, debtors, batch_size=batch_size)
            self.stdout.write(f"Created {debtors} register entries in {time.monotonic() - started:.1f}s.")
        if documents:
            from sitewide.corpus.documents import add_documents

            add_documents(documents, rng=rng, until=last_day, years=years, batch_size=batch_size)
            self.stdout.write(f"Created {documents} documents in {time.monotonic() - started - elapsed:.1f}s.")
