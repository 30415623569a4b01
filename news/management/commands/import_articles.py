from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from news.importers import ImportFormatError, parse_legacy
from news.models import Category
from news.services import import_legacy_article

DEFAULT_CATEGORY = "hoat-dong-doan-the"


class Command(BaseCommand):
    help = "Import articles in the legacy text format (files or folders of .txt files)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--category", default=DEFAULT_CATEGORY,
                            help=f"category slug (default {DEFAULT_CATEGORY})")

    def handle(self, *args, paths, category, **options):
        try:
            target = Category.objects.get(slug=category)
        except Category.DoesNotExist:
            raise CommandError(f"unknown category {category!r}; create it first (seed_demo does)") from None
        files = []
        for path in paths:
            if path.is_dir():
                files.extend(sorted(path.glob("*.txt")))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"{path}: no such file or folder")
        # Parse everything first: a malformed file stops the run before anything is saved.
        parsed = []
        for file in files:
            try:
                parsed.append((file, parse_legacy(file.read_text(encoding="utf-8"))))
            except UnicodeDecodeError:
                raise CommandError(f"{file}: line 1: not UTF-8 text") from None
            except ImportFormatError as error:
                raise CommandError(f"{file}: {error}") from None
        created = skipped = 0
        with transaction.atomic():
            for file, legacy in parsed:
                article, was_created = import_legacy_article(legacy=legacy, category=target)
                if was_created:
                    created += 1
                    self.stdout.write(f"created: {article.get_absolute_url()} ({file.name})")
                else:
                    skipped += 1
                    self.stdout.write(f"skipped (already imported): {article.slug} ({file.name})")
        self.stdout.write(self.style.SUCCESS(f"{created} created, {skipped} skipped"))
