"""Render and store the pages of public articles whose stored page is missing or stale.

Pages are rendered when an article is published and, after that, whenever a reading finds
its stored page stale (news/article_page). Run this after a bulk load or a deploy that
changes the article templates, so that no reader pays for the first rendering.
"""

import os
import time
from concurrent.futures import ProcessPoolExecutor

from django.core.management.base import BaseCommand
from django.db import connection, connections
from django.db.models import F

from news import article_page
from news.models import Article


def render_range(first, last, batch):
    """Render the stale pages of the public articles with first <= pk <= last; return (rendered, seen)."""
    articles = (Article.objects.published().filter(pk__gte=first, pk__lte=last)
                .select_related("category", "related").defer("search_exact", "search_folded")
                .annotate(stored_stamp=F("rendered__stamp")).order_by("pk"))
    rendered = seen = 0
    after = first - 1
    while chunk := list(articles.filter(pk__gt=after)[:batch]):
        rendered += article_page.render_stale(chunk)
        seen += len(chunk)
        after = chunk[-1].pk
    return rendered, seen


class Command(BaseCommand):
    help = "Render and store the pages of public articles whose stored page is missing or stale."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500)
        parser.add_argument("--processes", type=int, default=None,
                            help="Rendering processes (default: one per CPU on PostgreSQL, one on SQLite).")

    def handle(self, *args, batch, processes, **options):
        if not article_page.enabled():
            self.stdout.write("article pages: not stored (STORED_ARTICLE_PAGES is off), nothing to render")
            return
        started = time.monotonic()
        if processes is None:
            # SQLite takes one writer at a time.
            processes = os.cpu_count() or 1 if connection.vendor == "postgresql" else 1
        ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
        # Ranges of batch articles: a process that finds its pages current takes the next range.
        ranges = [(ids[n], ids[min(n + batch, len(ids)) - 1]) for n in range(0, len(ids), batch)]
        if processes <= 1 or len(ranges) < 2:
            results = [render_range(first, last, batch) for first, last in ranges]
        else:
            connections.close_all()
            with ProcessPoolExecutor(processes, initializer=connections.close_all) as pool:
                results = list(pool.map(render_range, *zip(*ranges, strict=True), [batch] * len(ranges)))
            connections.close_all()
        rendered, seen = (sum(column) for column in zip(*results, strict=True)) if results else (0, 0)
        self.stdout.write(f"article pages: {rendered} rendered of {seen} in {time.monotonic() - started:.1f}s")
