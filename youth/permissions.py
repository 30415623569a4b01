"""Who may see and change what in the work area; checked on the server for every request."""

from django.db.models import Q

from youth.models import Meeting, Task, is_leader


def person_of(user):
    """Return the staff record linked to a login, or None."""
    if not user.is_authenticated:
        return None
    return getattr(user, "person", None)


def can_report(user, task):
    """Return True if the user leads the task and so may report its progress."""
    person = person_of(user)
    if person is None:
        return False
    if task.lead_person_id:
        return task.lead_person_id == person.pk
    return bool(person.unit_id) and task.lead_unit_id == person.unit_id


def can_manage(user, task):
    """Return True if the user may edit, extend or cancel the task: leaders, who assign tasks.

    The rule is the one for assigning (is_leader), so whoever may give a task may also adjust it;
    a task's lead may report on it but never move its own deadline.
    """
    return is_leader(user)


def can_finalise(user, meeting):
    """Return True for leaders and for the meeting's own secretary."""
    if is_leader(user):
        return True
    person = person_of(user)
    return person is not None and meeting.secretary_id == person.pk


def visible_tasks(user):
    return Task.objects.visible_to(user)


def visible_meetings(user):
    """Return the meetings a user may read: all for leaders, else those of their unit or that they attend."""
    if is_leader(user):
        return Meeting.objects.all()
    person = person_of(user)
    if person is None:
        return Meeting.objects.none()
    involved = Q(attendance__person=person) | Q(chair=person) | Q(secretary=person)
    if person.unit_id:
        involved |= Q(organiser_id=person.unit_id)
    return Meeting.objects.filter(pk__in=Meeting.objects.filter(involved).values("pk"))
