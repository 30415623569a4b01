"""Demo data for the work area: the meeting of 31/3/2023 from the seed article, and a meeting of 2026.

The 2023 meeting's papers carry the names of 2023 ("BCH Chi đoàn Thanh niên Cục", "Đoàn Khối"); the
2026 branch meeting's carry today's (the directory's dated names: organisation/demo.py).

Names not given in the article are marked "(tên mẫu)" so nobody takes them as real.
Safe to run again: rows are looked up by name and the meeting by its title and start.
"""

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from news.models import Article
from organisation.demo import YOUTH_BRANCH, seed_directory
from youth.models import LEADERS_GROUP, AgendaItem, Attendance, Discussion, Meeting, Target, Task

SEED_ARTICLE_SLUG = "dong-chi-bi-thu-dang-uy-cuc-truong-lam-viec-voi-bch-chi-doan-thanh-nien-cuc"
MEETING_TITLE = "Buổi làm việc của đồng chí Bí thư Đảng ủy, Cục trưởng với BCH Chi đoàn Thanh niên Cục"
MEETING_START = (2023, 3, 31, 8, 0)  # "Sáng ngày 31/3/2023"; the hour is not in the article.
MEETING_2026_TITLE = "Sinh hoạt Chi đoàn định kỳ tháng 11/2026 (nội dung mẫu)"
MEETING_2026_START = (2026, 11, 27, 14, 0)

REPORT = (
    "Thay mặt BCH Chi đoàn, đồng chí Bí thư ĐTN báo cáo tình hình hoạt động của Chi đoàn năm 2022 và "
    "phương hướng, nhiệm vụ năm 2023. Năm 2022 Chi đoàn đã hoàn thành tốt các nhiệm vụ do Đảng ủy Cục, "
    "Đoàn Khối giao; tổ chức cho thiếu niên, nhi đồng là con cán bộ, công chức, người lao động tham quan, "
    "học tập tại khu sinh thái Diễn Châu, Nghệ An; tổ chức chương trình “Đêm hội trăng rằm”; tuyên truyền "
    "phổ biến giáo dục pháp luật về phòng chống ma túy; tham gia thiện nguyện và hiến máu nhân đạo.\n"
    "Hạn chế: chưa chủ động tham mưu, đề xuất với cấp ủy, lãnh đạo Cục trong việc tổ chức các phong trào, "
    "còn phụ thuộc nhiều vào kế hoạch của Đoàn Khối."
)
FEEDBACK = ("Góp ý để BCH Chi đoàn hoàn thiện hơn trong việc xây dựng, triển khai các công việc, nhiệm vụ.")
CONCLUSIONS = (
    "Ghi nhận những đóng góp của Chi đoàn trong thời gian qua.\n"
    "BCH Chi đoàn phải chủ động hơn trong việc tham mưu, đề xuất với Đảng ủy, Lãnh đạo Cục trong công tác "
    "thanh niên; xây dựng, lượng hóa các nội dung hoạt động trong năm thành báo cáo, nêu rõ nội dung, phương "
    "hướng thực hiện nhiệm vụ, đánh giá các mặt hoạt động, chỉ ra tồn tại, hạn chế, báo cáo Đảng ủy Cục để "
    "được chỉ đạo kịp thời; duy trì sinh hoạt chi đoàn định kỳ, ghi chép đầy đủ thành biên bản.\n"
    "Giao 5 nhóm nhiệm vụ trọng tâm để BCH Chi đoàn thực hiện (mục IV)."
)
TASKS = [  # (group, title, description, coordinating unit, deadline, targets)
    ("Nhóm 1", "Phát động phong trào tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống tham nhũng, "
     "tiêu cực, sai phạm trong THADS", "", None, None, []),
    ("Nhóm 2", "Phát động phong trào thanh niên ngành THADS tỉnh Thanh Hóa chung tay vì người nghèo, không để "
     "ai bị bỏ lại phía sau", "Đề xuất đỡ đầu một xã nghèo hoặc tổ chức tình nguyện tặng sách, bút cho các "
     "điểm trường vùng cao.", "Văn phòng Cục", None, []),
    ("Nhóm 3", "Đoàn viên thanh niên gương mẫu, đi đầu trong giải quyết án tồn đọng, án tín dụng ngân hàng",
     "Theo Kết luận số 618/KL-HĐND ngày 11/11/2022 của Thường trực HĐND tỉnh về việc THADS trên địa bàn tỉnh "
     "Thanh Hóa.", None, None, []),
    ("Nhóm 4", "Tổ chức các phong trào thể thao chào mừng kỷ niệm 77 năm Ngày truyền thống THADS (19/7/2023)",
     "Lượng hóa môn thi đấu, số đội tham gia, người chơi; tạo sân chơi giao lưu cho cán bộ, công chức, người "
     "lao động.", None, datetime.date(2023, 7, 19),
     [("Số môn thi đấu", "môn"), ("Số đội tham gia", "đội"), ("Số vận động viên", "người")]),
    ("Nhóm 5", "Phát động phong trào xây dựng cơ quan Cục THADS tỉnh “sáng, xanh, sạch, đẹp”",
     "Thực hiện văn hóa, văn minh công sở.", None, None, []),
]


def seed_youth_demo(*, stdout=None):
    """Create the demo units, people and the 31/3/2023 meeting with its 5 tasks, once."""
    write = stdout.write if stdout else (lambda _text: None)
    with transaction.atomic():
        units, people = seed_directory()
        meeting = Meeting.objects.filter(title=MEETING_TITLE).first()
        if meeting is None:
            meeting = _meeting(units, people)
            write(f"meeting: {meeting.title} ({meeting.tasks.count()} tasks)")
        if not Meeting.objects.filter(title=MEETING_2026_TITLE).exists():
            _meeting_2026(units, people)
            write(f"meeting: {MEETING_2026_TITLE}")
        seed_leader_account(person=people["director"], write=write)
        article = Article.objects.filter(slug=SEED_ARTICLE_SLUG).first()
        if article and meeting.article_id is None:
            meeting.article = article
            meeting.save(update_fields=["article"])
            write("meeting: linked to the seed article")
    return meeting


LEADER_USERNAME = "lanhdaocuc"  # the leader of the Party and Youth Union work, not the news approver


def seed_leader_account(*, person, write):
    """Create the leader's login for the work area (the meeting's chair), once; print its password once."""
    User = get_user_model()
    if User.objects.filter(username=LEADER_USERNAME).exists():
        return None
    password = secrets.token_urlsafe(12)
    # Django's last_name holds the family name (họ và tên đệm), first_name the given name (tên).
    family, _sep, given = person.full_name.rpartition(" ")
    user = User.objects.create_user(LEADER_USERNAME, f"{LEADER_USERNAME}@example.vn", password, is_staff=True,
                                    first_name=given, last_name=family)
    user.groups.add(Group.objects.get(name=LEADERS_GROUP))
    if person.user_id is None:
        person.user = user
        person.save(update_fields=["user"])
    write(f"Demo account (Lãnh đạo, work area /cong-viec/): {LEADER_USERNAME} / {password}"
          "  (shown once: note it now)\n")
    return user


def _meeting(units, people):
    start = timezone.make_aware(datetime.datetime(*MEETING_START))
    meeting = Meeting.objects.create(
        title=MEETING_TITLE, kind=Meeting.Kind.WORKING, starts_at=start, organiser=units[YOUTH_BRANCH],
        chair=people["director"], conclusions=CONCLUSIONS, state=Meeting.State.HELD,
        # The director chaired as Party secretary: the conclusion notice is the Party committee's.
        notice_issuer=units["Đảng ủy Cục"],
    )
    for key in ("director", "office", "secretary", "deputy", "member"):
        Attendance.objects.create(meeting=meeting, person=people[key], present=True)
    AgendaItem.objects.create(
        meeting=meeting, order=1, presenter=people["secretary"], report=REPORT,
        title="Báo cáo tình hình hoạt động của Chi đoàn năm 2022, phương hướng, nhiệm vụ năm 2023",
    )
    AgendaItem.objects.create(meeting=meeting, order=2, title="Ý kiến góp ý của các đồng chí tham dự")
    AgendaItem.objects.create(meeting=meeting, order=3, presenter=people["director"],
                              title="Kết luận của đồng chí chủ trì")
    Discussion.objects.create(meeting=meeting, order=1, speaker=people["office"], content=FEEDBACK)
    for order, (group, title, description, coordinating, deadline, targets) in enumerate(TASKS, start=1):
        task = Task.objects.create(
            meeting=meeting, group=group, order=order, title=title, description=description,
            assigner=people["director"], lead_unit=units[YOUTH_BRANCH],
            start_date=start.date(), deadline=deadline,
        )
        task.followers.add(people["director"])
        if coordinating:
            task.coordinating_units.add(units[coordinating])
        for position, (metric, unit) in enumerate(targets, start=1):
            Target.objects.create(task=task, order=position, metric=metric, unit=unit)
    return meeting


def _meeting_2026(units, people):
    """Create a regular branch meeting of 2026, chaired by the branch secretary."""
    start = timezone.make_aware(datetime.datetime(*MEETING_2026_START))
    meeting = Meeting.objects.create(
        title=MEETING_2026_TITLE, kind=Meeting.Kind.REGULAR, starts_at=start, organiser=units[YOUTH_BRANCH],
        chair=people["secretary"], secretary=people["deputy"], state=Meeting.State.HELD,
        conclusions="Chi đoàn thống nhất kế hoạch hoạt động tháng 12/2026 (nội dung mẫu).")
    for key in ("secretary", "deputy", "member"):
        Attendance.objects.create(meeting=meeting, person=people[key], present=True)
    AgendaItem.objects.create(meeting=meeting, order=1, presenter=people["secretary"],
                              title="Đánh giá hoạt động tháng 11/2026, triển khai nhiệm vụ tháng 12/2026")
    return meeting
