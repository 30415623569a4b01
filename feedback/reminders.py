"""Daily e-mail to leaders and the handling units about submissions overdue or due soon, overdue first."""

from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import mail
from core.dates.workdays import add_working_days
from feedback.models import Submission
from organisation.models import Person
from youth.models import LEAD_PERMISSION

DUE_SOON_WORKING_DAYS = 3


def urgent_submissions(today):
    """Return the open submissions overdue or due within DUE_SOON_WORKING_DAYS working days, overdue first."""
    horizon = add_working_days(today, DUE_SOON_WORKING_DAYS)
    return (Submission.objects.open().filter(due_on__lte=horizon).select_related("unit", "field")
            .defer("content", "answer", "search_folded").overdue_first(today))


def _recipients(submissions):
    """Return {e-mail: (name, [submissions])}: every leader gets all, a unit's people get the unit's."""
    wanted = defaultdict(list)
    names = {}
    # Leaders by the permission (through a group or given directly), never by a group's name.
    leaders = get_user_model().objects.with_perm(
        LEAD_PERMISSION, include_superusers=False, backend="django.contrib.auth.backends.ModelBackend",
    ).exclude(email="")
    for user in leaders:
        names[user.email] = user.get_full_name() or user.get_username()
        wanted[user.email] = list(submissions)
    unit_ids = {s.unit_id for s in submissions if s.unit_id}
    people = Person.objects.filter(unit_id__in=unit_ids, user__is_active=True).exclude(email="")
    for person in people:
        names.setdefault(person.email, person.full_name)
        mine = [s for s in submissions if s.unit_id == person.unit_id and s not in wanted[person.email]]
        wanted[person.email].extend(mine)
    return {email: (names[email], rows) for email, rows in wanted.items() if rows}


def send_reminders(*, today=None):
    """Send the day's reminders once (a second run the same day sends nothing); return the e-mails sent."""
    today = today or timezone.localdate()
    submissions = [s for s in urgent_submissions(today) if s.reminded_on != today]
    if not submissions:
        return 0
    emails = 0
    for email, (name, rows) in _recipients(submissions).items():
        rows = sorted(rows, key=lambda s: (not s.is_overdue(today), s.due_on, s.received_at))
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Questions and feedback overdue or due soon (%(date)s)") % {"date": today.strftime("%d/%m/%Y")}
            body = render_to_string("feedback/email/reminder.txt", {
                "name": name, "today": today,
                "rows": [{"submission": s, "overdue": s.is_overdue(today),
                          "url": settings.SITE_URL + reverse("admin:feedback_submission_change", args=[s.pk])}
                         for s in rows],
            })
        mail.send(to=[email], subject=subject, text=body)
        emails += 1
    Submission.objects.filter(pk__in=[s.pk for s in submissions]).update(reminded_on=today)
    return emails
