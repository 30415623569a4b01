"""E-mail leads and assigners about tasks due soon or overdue; safe to run more than once a day."""

from django.core.management.base import BaseCommand, CommandError

from feedback.reminders import send_reminders as send_feedback_reminders
from youth.reminders import parse_day, send_reminders


class Command(BaseCommand):
    help = "Send the day's task reminders (due within 3 days or overdue). Run daily; repeats send nothing new."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="The day to act for, dd/mm/yyyy (default: today, local time).")

    def handle(self, *args, date=None, **options):
        try:
            today = parse_day(date) if date else None
        except ValueError as error:
            raise CommandError("--date must be dd/mm/yyyy") from error
        emails = send_reminders(today=today)
        self.stdout.write(f"reminders: {emails} e-mail(s) sent")
        # Citizens' questions and feedback due soon or overdue go to the same leaders every day.
        emails = send_feedback_reminders(today=today)
        self.stdout.write(f"questions and feedback: {emails} reminder e-mail(s)")
