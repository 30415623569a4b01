"""Compose a draft news story from a meeting's record, written the way the seed article is.

Pure text building: the service (youth.services.draft_article_from_meeting) stores the result.
The wording mirrors the seed article (seeds/000_66acbd1f1d3a44a3.txt): title "Đồng chí … làm việc
với …", a lead with the part of the day, the date, the chair and who attended, the report, the
discussion in one paragraph, the conclusions and each task group as numbered lists, a byline.
"""

import html
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from youth.exports.docx_common import clean
from youth.exports.identity import counterpart_name

BLANK = "…"


@dataclass(frozen=True)
class Story:
    title: str
    body: str  # HTML: paragraphs and ordered lists
    byline: str


def _p(text):
    return f"<p>{html.escape(clean(text), quote=False)}</p>"


def _ol(items):
    return "<ol>" + "".join(f"<li>{html.escape(clean(item), quote=False)}</li>" for item in items) + "</ol>"


def _lower_first(text):
    return text[:1].lower() + text[1:] if text else text


def comrade(person, day=None):
    """Return "đồng chí Hoàng Văn Truyền – Bí thư Đảng ủy, Cục trưởng": the titles held on day (today by default)."""
    if person is None:
        return _("comrade %(name)s") % {"name": BLANK}
    name = person.label_on(day)
    return _("comrade %(name)s") % {"name": name}


def part_of_day(moment):
    """Return "Sáng" (before noon), "Chiều" (before 18:00) or "Tối" for a local time."""
    if moment.hour < 12:
        return _("Morning")
    return _("Afternoon") if moment.hour < 18 else _("Evening")


def compose_story(meeting, *, writer=None):
    """Return the Story of a meeting; `writer` is the Person credited in the byline (or None)."""
    chair = meeting.chair
    start = timezone.localtime(meeting.starts_at)
    # The story tells of the meeting's day: the bodies and the titles are those of that day.
    day = start.date()
    with_whom = counterpart_name(meeting.organiser, on=day)
    chair_title = chair.title_on(day) if chair is not None else ""
    if chair_title:
        title = _("Comrade %(position)s works with %(counterpart)s") % {
            "position": chair_title, "counterpart": with_whom}
    else:
        title = meeting.title
    paragraphs = []
    lead = _("%(part)s of %(date)s, %(chair)s had a working session with %(counterpart)s.") % {
        "part": part_of_day(start), "date": f"{start.day}/{start.month}/{start.year}",
        "chair": comrade(chair, day), "counterpart": with_whom}
    guests = [row.person for row in meeting.attendance.select_related("person").prefetch_related("person__appointments")
              if row.present and row.person_id != meeting.chair_id
              and (meeting.organiser_id is None or row.person.unit_id != meeting.organiser_id)]
    if guests:
        lead += " " + _("Also attending the meeting: %(names)s.") % {
            "names": ", ".join(comrade(person, day) for person in guests)}
    paragraphs.append(_p(lead))

    for item in meeting.agenda_items.select_related("presenter").prefetch_related("presenter__appointments"):
        report = " ".join(line.strip() for line in (item.report or "").splitlines() if line.strip())
        if not report:
            continue
        if item.presenter_id:
            paragraphs.append(_p(_("At the meeting, %(presenter)s presented %(title)s.") % {
                "presenter": comrade(item.presenter, day), "title": _lower_first(item.title)} + " " + report))
        else:
            paragraphs.append(_p(report))

    discussions = list(meeting.discussions.select_related("speaker").prefetch_related("speaker__appointments"))
    if discussions:
        said = "; ".join(f"{comrade(entry.speaker, day) if entry.speaker_id else entry.speaker_name}: "
                         f"{_lower_first(entry.content.strip().rstrip('.'))}" for entry in discussions)
        paragraphs.append(_p(_("Also at the meeting, those attending gave their opinions: %(said)s.") % {
            "said": said}))

    conclusions = [line.strip() for line in (meeting.conclusions or "").splitlines() if line.strip()]
    if conclusions:
        paragraphs.append(_p(_("Concluding the meeting, %(chair)s:") % {"chair": comrade(chair, day)}))
        paragraphs.append(_ol(conclusions))
    tasks = list(meeting.tasks.active().order_by("group", "order", "pk"))
    if tasks:
        paragraphs.append(_p(_("%(chair)s assigned %(count)s groups of key tasks to %(counterpart)s:") % {
            "chair": _("Comrade %(name)s") % {"name": chair.full_name} if chair else BLANK,
            "count": len(tasks), "counterpart": with_whom}))
        paragraphs.append(_ol(_task_line(task) for task in tasks))
    return Story(title=clean(title)[:300], body="".join(paragraphs), byline=byline(writer))


def _task_line(task):
    text = task.title.strip().rstrip(".")
    if task.description.strip():
        text += ". " + " ".join(task.description.split())
    if task.deadline:
        text = text.rstrip(".") + " " + _("(by %(date)s)") % {"date": task.deadline.strftime("%d/%m/%Y")}
    return text


def byline(person):
    """Return "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn" for the writer, or an empty string."""
    if person is None:
        return ""
    title = person.title_on()
    credit = f"{person.full_name}, {title}" if title else person.full_name
    return clean(_("Story: %(credit)s") % {"credit": credit})[:200]
