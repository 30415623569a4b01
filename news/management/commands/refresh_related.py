"""Recompute the related articles of every public article (after a bulk load, or nightly)."""

import time

from django.core.management.base import BaseCommand

from news.related import refresh_all


class Command(BaseCommand):
    help = "Recompute the related articles of every public article from the titles, in one pass."

    def handle(self, *args, **options):
        started = time.monotonic()
        count = refresh_all()
        self.stdout.write(f"related articles refreshed: {count} in {time.monotonic() - started:.1f}s")
