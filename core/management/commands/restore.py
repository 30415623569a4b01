from django.core.management.base import BaseCommand, CommandError

from core.backup.archive import BackupError, describe
from core.backup.restore import restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup` into a freshly migrated, empty database "
        "after checking every file against its SHA-256 manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz file written by `manage.py backup`.")
        parser.add_argument(
            "--force", action="store_true",
            help="Delete everything in the database first when it is not empty.",
        )
        parser.add_argument("--database", default="default", help="Database alias to restore into.")

    def handle(self, *args, archive, force, database, **options):
        try:
            counts = restore_backup(archive=archive, force=force, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {describe(counts)} and the media files from {archive}.")
