"""seed_demo adds the meeting of 31/3/2023 with its 5 task groups, once."""

import io

import pytest
from django.core.management import call_command

from news.models import Article
from youth.demo import MEETING_2026_TITLE, MEETING_TITLE
from youth.models import Meeting, Task

pytestmark = pytest.mark.django_db


def run_seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_adds_the_meeting_once():
    assert "meeting: Buổi làm việc" in run_seed()
    assert "meeting:" not in run_seed()
    meeting = Meeting.objects.get(title=MEETING_TITLE)
    day = meeting.starts_at.date()
    assert day.isoformat() == "2023-03-31"
    assert meeting.chair.full_name == "Hoàng Văn Truyền"
    # The chair's titles of 2023; today he is "Trưởng Thi hành án dân sự tỉnh".
    assert meeting.chair.title_on(day) == "Bí thư Đảng ủy, Cục trưởng"
    assert meeting.chair.title_on() == "Bí thư Đảng ủy, Trưởng Thi hành án dân sự tỉnh"
    assert meeting.attendance.filter(person__appointments__title="Chánh Văn phòng").exists()
    assert meeting.agenda_items.filter(report__contains="phương hướng, nhiệm vụ năm 2023").exists()
    assert meeting.discussions.exists() and "5 nhóm nhiệm vụ" in meeting.conclusions
    assert Task.objects.count() == 5
    assert list(meeting.tasks.values_list("group", flat=True)) == [f"Nhóm {n}" for n in range(1, 6)]
    sports = meeting.tasks.get(group="Nhóm 4")
    assert list(sports.targets.values_list("metric", flat=True)) == [
        "Số môn thi đấu", "Số đội tham gia", "Số vận động viên"]
    assert sports.deadline.isoformat() == "2023-07-19"
    assert meeting.tasks.get(group="Nhóm 2").coordinating_units.get().name_on(day).name == "Văn phòng Cục"
    assert meeting.organiser.name_on(day).superior_lines == ["BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH THANH HÓA"]


def test_seed_demo_adds_a_2026_meeting_under_todays_names():
    run_seed()
    meeting = Meeting.objects.get(title=MEETING_2026_TITLE)
    assert meeting.organiser.name_on(meeting.starts_at.date()).name == "Chi đoàn Thanh niên Thi hành án dân sự tỉnh"
    assert meeting.chair.title_on(meeting.starts_at.date()) == "Bí thư Chi đoàn"


def test_meeting_is_linked_to_the_seed_article():
    run_seed()
    article = Article.objects.get(slug="dong-chi-bi-thu-dang-uy-cuc-truong-lam-viec-voi-bch-chi-doan-thanh-nien-cuc")
    assert Meeting.objects.get(title=MEETING_TITLE).article == article


def test_seed_youth_demo_without_the_article(seeded):
    assert seeded.article is None
    assert seeded.tasks.count() == 5
