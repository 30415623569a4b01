"""Daily e-mail reminders about tasks due soon or overdue; each is sent once per day."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import mail
from youth import timeliness as tl
from youth.models import Person, ReminderLog, Task

URGENT = (tl.Timeliness.OVERDUE.value, tl.Timeliness.DUE_SOON.value)


def urgent_tasks(today):
    """Return the open tasks that are overdue or due within DUE_SOON_DAYS."""
    return (
        Task.objects.active().exclude(state__in=[Task.State.DONE, Task.State.PAUSED])
        .with_timeliness(today).filter(timeliness_value__in=URGENT)
        .select_related("lead_person", "lead_unit", "assigner").by_urgency()
    )


def _unit_leads(tasks):
    """Return {unit id: [people with a login and an e-mail]} for unit-led tasks."""
    unit_ids = {task.lead_unit_id for task in tasks if task.lead_person_id is None and task.lead_unit_id}
    people = Person.objects.filter(unit_id__in=unit_ids, user__isnull=False, user__is_active=True).exclude(email="")
    by_unit = defaultdict(list)
    for person in people:
        by_unit[person.unit_id].append(person)
    return by_unit


def send_reminders(*, today=None):
    """Send what is due today and not sent yet; return the number of e-mails sent."""
    today = today or timezone.localdate()
    tasks = list(urgent_tasks(today))
    unit_leads = _unit_leads(tasks)
    wanted = defaultdict(list)  # (person, kind) -> tasks
    for task in tasks:
        leads = [task.lead_person] if task.lead_person_id else unit_leads.get(task.lead_unit_id, [])
        for person in leads:
            if person.email:
                wanted[(person, ReminderLog.Kind.LEAD)].append(task)
        if task.assigner_id and task.assigner.email:
            wanted[(task.assigner, ReminderLog.Kind.DIGEST)].append(task)
    sent_before = set(
        ReminderLog.objects.filter(sent_on=today).values_list("person_id", "task_id", "kind")
    )
    emails = 0
    for (person, kind), person_tasks in wanted.items():
        new = [t for t in person_tasks if (person.pk, t.pk, kind) not in sent_before]
        if not new:
            continue
        _send(person=person, kind=kind, tasks=new, today=today)
        ReminderLog.objects.bulk_create(
            [ReminderLog(person=person, task=t, kind=kind, sent_on=today, timeliness=t.timeliness_value)
             for t in new],
            ignore_conflicts=True,
        )
        emails += 1
    return emails


def _send(*, person, kind, tasks, today):
    with translation.override(settings.LANGUAGE_CODE):
        rows = [
            {"task": t, "label": t.timeliness_label(today),
             "late": max(0, -tl.days_left(deadline=t.deadline, today=today)),
             "url": settings.SITE_URL + t.get_absolute_url()}
            for t in tasks
        ]
        if kind == ReminderLog.Kind.LEAD:
            subject = _("Tasks due soon or overdue (%(date)s)")
        else:
            subject = _("Digest of the tasks you assigned (%(date)s)")
        subject = subject % {"date": today.strftime("%d/%m/%Y")}
        text, html = mail.render_pair("youth/email/reminder", {
            "person": person, "rows": rows, "digest": kind == ReminderLog.Kind.DIGEST,
            "today": today, "dashboard": settings.SITE_URL + "/cong-viec/", "subject": subject,
        })
    mail.send(to=[person.email], subject=subject, text=text, html=html)


def parse_day(value):
    """Return a date typed dd/mm/yyyy."""
    return datetime.datetime.strptime(value, "%d/%m/%Y").date()

