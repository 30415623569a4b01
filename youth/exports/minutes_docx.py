"""The minutes of a meeting (.docx) in the format of the body that holds it.

Content follows Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.9 (Biên bản); the header, number,
sizes and margins follow the organiser's document identity (youth/exports/identity.py).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from youth.exports.docx_common import PLACE, add_run, new_document, paragraph, to_bytes
from youth.exports.identity import header_block, identity_for, kind_and_subject, label_in, signature_and_recipients
from youth.exports.paper_parts import BLANK, attendee_units, meeting_day, meeting_tasks, task_table, time_of


def build_minutes(meeting):
    """Return the .docx bytes of a meeting's minutes."""
    with translation.override(settings.LANGUAGE_CODE):
        return to_bytes(minutes_document(meeting))


def minutes_document(meeting):
    """Return the python-docx Document of a meeting's minutes."""
    # The names, superiors, symbols and titles are those in force on the meeting's day.
    day = meeting_day(meeting)
    identity = identity_for(meeting.organiser, on=day)
    page = identity.page
    document = new_document(page)

    def label(person):
        return label_in(person, day, identity.style)

    header_block(document, identity, number=meeting.document_number, kind_code="BB", place=PLACE, day=day)
    kind_and_subject(document, identity, kind=_("MINUTES"), subject=meeting.title)

    paragraph(document, _("I. TIME, PLACE AND PARTICIPANTS"), bold=True, keep_with_next=True)
    paragraph(document, _("Start: %(time)s.") % {"time": time_of(meeting.starts_at)}, indent_first=True)
    paragraph(document, _("Place: %(place)s.") % {"place": meeting.place or BLANK}, indent_first=True)
    paragraph(document, _("Chair: %(name)s.") % {"name": label(meeting.chair) if meeting.chair else BLANK},
              indent_first=True)
    paragraph(document, _("Secretary: %(name)s.") % {
        "name": label(meeting.secretary) if meeting.secretary else BLANK}, indent_first=True)
    attendance = list(meeting.attendance.select_related("person").prefetch_related("person__appointments"))
    present = [row for row in attendance if row.present]
    paragraph(document, _("Participants: %(present)s of %(total)s present.") % {
        "present": len(present), "total": len(attendance)}, indent_first=True)
    for row in present:
        paragraph(document, f"- {label(row.person)}", indent_first=True, space_after=0)
    absent = [row for row in attendance if not row.present]
    if absent:
        paragraph(document, _("Absent:"), indent_first=True, space_after=0)
        for row in absent:
            reason = row.absence_reason or _("no reason given")
            paragraph(document, f"- {label(row.person)} ({reason})", indent_first=True, space_after=0)
    guests = list(meeting.guests.all())
    if guests:
        paragraph(document, _("Guests:"), indent_first=True, space_after=0)
        for guest in guests:
            text = f"- {guest.name} – {guest.position}" if guest.position else f"- {guest.name}"
            paragraph(document, text, indent_first=True, space_after=0)

    paragraph(document, _("II. CONTENT"), bold=True, keep_with_next=True)
    for item in meeting.agenda_items.select_related("presenter").prefetch_related("presenter__appointments"):
        paragraph(document, f"{item.order}. {item.title}", bold=True, indent_first=True, keep_with_next=True)
        if item.presenter_id:
            paragraph(document, _("Presented by: %(name)s.") % {"name": label(item.presenter)},
                      italic=True, indent_first=True)
        for line in filter(None, (item.report or "").splitlines()):
            paragraph(document, line, indent_first=True)
    discussions = list(meeting.discussions.select_related("speaker").prefetch_related("speaker__appointments"))
    if discussions:
        paragraph(document, _("Discussion:"), bold=True, indent_first=True, keep_with_next=True)
        for entry in discussions:
            para = paragraph(document, "", indent_first=True)
            speaker = label(entry.speaker) if entry.speaker_id else entry.speaker_name
            add_run(para, f"{speaker}: ", bold=True)
            add_run(para, entry.content)

    paragraph(document, _("III. CONCLUSIONS OF THE CHAIR"), bold=True, keep_with_next=True)
    conclusions = [line for line in (meeting.conclusions or "").splitlines() if line.strip()]
    for line in conclusions or [BLANK * 6]:
        paragraph(document, line, indent_first=True)

    tasks = meeting_tasks(meeting)
    paragraph(document, _("IV. TASKS ASSIGNED"), bold=True, keep_with_next=True)
    if tasks:
        task_table(document, tasks, size=page.body_size - 1, on=day)
    else:
        paragraph(document, _("No task was assigned."), indent_first=True)

    paragraph(document, "")
    signature_and_recipients(
        document, identity,
        closing=[_("The meeting ended at %(time)s.") % {"time": time_of(meeting.ends_at)},
                 # Mẫu 1.9 closes with the minutes read out and approved by those present.
                 _("The minutes were read out to the meeting and approved by those present./.")],
        signers=[([_("Secretary")], meeting.secretary.full_name if meeting.secretary else ""),
                 ([_("Chair")], meeting.chair.full_name if meeting.chair else "")],
        recipients=attendee_units(meeting, issuer=meeting.organiser, leave_out={meeting.organiser_id}, on=day),
    )
    return document
