"""The work-area filters show only what the viewer may already read."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from youth.tests.factories import make_meeting, make_person, make_task, make_unit

pytestmark = pytest.mark.django_db

SECRET_MEETING = "Họp kín về nhân sự tháng 3"
SECRET_PERSON = "Lê Thị Bảo Mật"


@pytest.fixture
def private_work(db):
    lead = make_person(full_name=SECRET_PERSON, unit=make_unit(name="Phòng Tổ chức"))
    meeting = make_meeting(title=SECRET_MEETING, organiser=lead.unit)
    return make_task(title="Việc nội bộ", lead_person=lead, meeting=meeting)


def test_staff_without_youth_access_see_no_titles_or_names(client, private_work):
    news_writer = get_user_model().objects.create_user("phongvien", password=None, is_staff=True)
    client.force_login(news_writer)
    for url in (reverse("youth:dashboard"), reverse("youth:my_tasks")):
        response = client.get(url)
        page = response.content.decode()
        assert SECRET_MEETING not in page and SECRET_PERSON not in page, url


def test_a_member_sees_only_the_meetings_and_leads_of_tasks_they_may_read(client, member, unit, private_work):
    own = make_task(title="Việc chi đoàn", lead_person=make_person(full_name="Trần Văn Chi Đoàn", unit=unit),
                    meeting=make_meeting(title="Sinh hoạt chi đoàn tháng 3", organiser=unit))
    client.force_login(member)
    page = client.get(reverse("youth:dashboard")).content.decode()
    assert SECRET_MEETING not in page and SECRET_PERSON not in page
    assert own.meeting.title in page and "Trần Văn Chi Đoàn" in page


def test_leaders_still_filter_by_any_meeting_and_lead(client, leader, private_work):
    client.force_login(leader)
    page = client.get(reverse("youth:dashboard")).content.decode()
    assert SECRET_MEETING in page and SECRET_PERSON in page
