"""Refill the search shadow columns of every article (after an import by SQL or a rule change)."""

from django.core.management.base import BaseCommand

from news.models import Article

BATCH = 500


class Command(BaseCommand):
    help = "Recompute the search columns of every article."

    def handle(self, *args, **options):
        batch, total = [], 0
        for article in Article.objects.only("title", "summary", "body").iterator(chunk_size=BATCH):
            article.fill_search_columns()
            batch.append(article)
            if len(batch) == BATCH:
                total += Article.objects.bulk_update(batch, ["search_exact", "search_folded"])
                batch = []
        total += Article.objects.bulk_update(batch, ["search_exact", "search_folded"])
        self.stdout.write(f"search columns refreshed: {total}")
