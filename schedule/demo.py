"""Demo schedule: this week's and next week's entries (samples, marked so), and the seed meeting shown."""

import datetime

from django.utils import timezone

from organisation.demo import AGENCY
from organisation.models import Person, Unit
from schedule.models import Entry
from youth.demo import MEETING_TITLE
from youth.models import Meeting

SAMPLE = " (lịch mẫu)"
WEEK = [  # (weekday, hour, minute, content, participants, place)
    # The week is this week: today's names (Phòng THADS khu vực, Cục Quản lý THADS), not those of 2023.
    (0, 8, 0, "Giao ban Lãnh đạo Thi hành án dân sự tỉnh đầu tuần", "Lãnh đạo, Trưởng các phòng chuyên môn",
     "Phòng họp cơ quan"),
    (1, 14, 0, "Làm việc với Phòng Thi hành án dân sự khu vực 1 về các vụ việc tín dụng, ngân hàng",
     "Phòng Nghiệp vụ và Tổ chức thi hành án", "Phòng Thi hành án dân sự khu vực 1"),
    (2, 8, 0, "Tiếp công dân định kỳ", "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo", "Phòng tiếp công dân"),
    (3, 14, 30, "Họp Ban Thường vụ Đảng ủy", "Ban Thường vụ Đảng ủy", "Phòng họp cơ quan"),
    (4, 8, 0, "Dự Hội nghị trực tuyến của Cục Quản lý thi hành án dân sự", "Lãnh đạo, Văn phòng",
     "Điểm cầu Thi hành án dân sự tỉnh"),
]


def seed_schedule_demo(*, stdout=None, today=None):
    """Create this week's and next week's sample entries once, and show the seed meeting publicly."""
    today = today or timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    director = Person.objects.agency_leaders().first()
    office = Unit.objects.named("Văn phòng Cục").first() or Unit.objects.named(AGENCY).first()
    created = 0
    for week in (0, 1):
        for weekday, hour, minute, content, participants, place in WEEK:
            day = monday + datetime.timedelta(days=7 * week + weekday)
            starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
            _entry, made = Entry.objects.get_or_create(starts_at=starts_at, content=content + SAMPLE, defaults={
                "ends_at": starts_at + datetime.timedelta(hours=2), "chair": director,
                "participants": participants, "place": place, "preparing_unit": office, "is_published": True})
            created += made
    Meeting.objects.filter(title=MEETING_TITLE, on_public_schedule=False).update(on_public_schedule=True)
    if stdout and created:
        stdout.write(f"schedule: {created} entries created")
