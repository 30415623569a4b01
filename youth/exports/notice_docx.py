"""The conclusion notice (Thông báo kết luận) of a meeting (.docx), issued by the chair's body.

The body that issues it is the meeting's "notice issuer" or else the chair's own unit; its document
identity gives the format (the seed meeting: the Party secretary's notice, in the Party format).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from youth.exports.docx_common import PLACE, local, new_document, paragraph, to_bytes
from youth.exports.identity import (
    counterpart_name,
    header_block,
    identity_for,
    kind_and_subject,
    label_in,
    signature_and_recipients,
    title_in,
)
from youth.exports.paper_parts import (
    BLANK,
    attendee_units,
    meeting_day,
    meeting_tasks,
    recipient_name,
    task_table,
)


def notice_issuer(meeting):
    """Return the unit that issues the meeting's conclusion notice, or None."""
    if meeting.notice_issuer_id:
        return meeting.notice_issuer
    return meeting.chair.unit if meeting.chair_id else None


def build_notice(meeting):
    """Return the .docx bytes of the meeting's conclusion notice."""
    with translation.override(settings.LANGUAGE_CODE):
        return to_bytes(notice_document(meeting))


def notice_document(meeting):
    """Return the python-docx Document of the meeting's conclusion notice."""
    issuer = notice_issuer(meeting)
    # Issued after the meeting under the names in force on its day, and dated that day.
    day = meeting_day(meeting)
    identity = identity_for(issuer, on=day)
    page = identity.page
    document = new_document(page)

    def label(person):
        return label_in(person, day, identity.style)

    header_block(document, identity, number="", kind_code="TB", place=PLACE, day=day)
    chair = meeting.chair
    chair_label = _chair_phrase(chair, day)
    organiser = counterpart_name(meeting.organiser, on=day)
    kind_and_subject(document, identity, kind=_("NOTICE"), subject=_(
        "Conclusions of comrade %(chair)s at the working session with %(organiser)s") % {
        "chair": chair_label, "organiser": organiser})

    start = local(meeting.starts_at)
    others = [label(row.person)
              for row in meeting.attendance.select_related("person").prefetch_related("person__appointments")
              if row.present and row.person_id != meeting.chair_id]
    opening = _("On %(date)s, at %(place)s, comrade %(chair)s chaired a working session with %(organiser)s.") % {
        "date": f"{start.day:02d}/{start.month:02d}/{start.year}" if start else BLANK,
        "place": meeting.place or BLANK, "chair": chair_label, "organiser": organiser}
    if others:
        opening += " " + _("Also present: comrades %(names)s.") % {"names": "; ".join(others)}
    paragraph(document, opening, indent_first=True)
    reports = [item for item in meeting.agenda_items.select_related("presenter")
               .prefetch_related("presenter__appointments") if item.presenter_id
               and item.presenter_id != meeting.chair_id]
    heard = "; ".join(_("comrade %(name)s presenting %(title)s") % {
        "name": label(item.presenter), "title": _lower_first(item.title)} for item in reports)
    paragraph(document, _("Having heard %(reports)s and the opinions of those present, comrade %(chair)s "
                          "concluded as follows:") % {"reports": heard or BLANK,
                                                      "chair": chair.full_name if chair else BLANK},
              indent_first=True)

    conclusions = [line.strip() for line in (meeting.conclusions or "").splitlines() if line.strip()]
    for position, line in enumerate(conclusions or [BLANK * 6], start=1):
        paragraph(document, f"{position}. {line}", indent_first=True)
    tasks = meeting_tasks(meeting)
    paragraph(document, f"{len(conclusions or [1]) + 1}. " + _("Tasks assigned:"), indent_first=True,
              keep_with_next=True)
    if tasks:
        task_table(document, tasks, size=page.body_size - 1, on=day)
    else:
        paragraph(document, _("No task was assigned."), indent_first=True)

    recipients = attendee_units(meeting, issuer=issuer, leave_out={issuer.pk} if issuer else (), on=day)
    if meeting.organiser_id and meeting.organiser_id != getattr(issuer, "pk", None):
        organiser_name = recipient_name(meeting.organiser, issuer=issuer, on=day)
        if organiser_name not in recipients:
            recipients.insert(0, organiser_name)
    signature_and_recipients(
        document, identity,
        closing=[_("%(issuer)s announces these conclusions for the comrades and units concerned to know and "
                   "carry out./.") % {"issuer": issuer.name_on(day).name if issuer else BLANK}],
        signers=[(_signer_titles(identity, issuer, chair, day), chair.full_name if chair else "")],
        recipients=recipients,
    )
    return document


def _chair_phrase(chair, day):
    """Return "Bí thư Đảng ủy, Cục trưởng Hoàng Văn Truyền": every title the chair held on day."""
    if chair is None:
        return BLANK
    titles = chair.title_on(day)
    return f"{titles} {chair.full_name}" if titles else chair.full_name


def _lower_first(text):
    return text[:1].lower() + text[1:] if text else text


def _signer_titles(identity, issuer, chair, day):
    """Return the signature titles: "T/M ĐẢNG ỦY" / "BÍ THƯ" for Party and Youth Union, the post for State.

    The titles are those the chair held on day in the paper's capacity; a chair whose positions are
    not dated has the free-text position ("Bí thư Đảng ủy, Cục trưởng": Party first, State last).
    """
    title = title_in(chair, day, identity.style)
    positions = [part.strip() for part in title.split(",") if part.strip()]
    if identity.style == "state" or issuer is None:
        return [positions[-1] if positions else ""]
    dated = issuer.name_on(day)
    short = dated.short_name or dated.name
    post = positions[0] if positions else ""
    # "Bí thư Đảng ủy" signs "T/M ĐẢNG ỦY" over "BÍ THƯ".
    post = post.replace(short, "").strip() or post
    return [f"T/M {short}", post]
