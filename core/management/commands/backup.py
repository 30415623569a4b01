from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backup.archive import BackupError, create_backup, describe


class Command(BaseCommand):
    help = "Write one timestamped archive (tar.gz) of the database and the media files, and print its path."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default=str(settings.VAR_DIR / "backups"),
            help="Folder for the archive (default: var/backups).",
        )
        parser.add_argument("--database", default="default", help="Database alias to back up.")

    def handle(self, *args, output, database, **options):
        try:
            path, counts = create_backup(folder=output, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] > 1:
            self.stderr.write(f"Backed up {describe(counts)}.")
        self.stdout.write(str(path.resolve()))
