"""Erase the personal data of submissions answered more than FEEDBACK_RETENTION_YEARS ago (run daily)."""

from django.core.management.base import BaseCommand

from feedback.services import purge_personal_data


class Command(BaseCommand):
    help = "Erase askers' names, contact details and attachments past the retention period stated on the form."

    def handle(self, *args, **options):
        count = purge_personal_data()
        self.stdout.write(f"feedback: personal data erased from {count} submission(s)")
