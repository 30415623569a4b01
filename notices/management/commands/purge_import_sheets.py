"""Delete the register sheets of import dry runs never applied, after a day (run daily)."""

from django.core.management.base import BaseCommand

from notices import import_files


class Command(BaseCommand):
    help = "Delete the uploaded register sheets of import dry runs older than a day."

    def handle(self, *args, **options):
        count = import_files.purge_stale()
        self.stdout.write(f"notices: {count} dry-run sheet(s) deleted")
