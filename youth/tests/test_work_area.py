"""The work area pages: my tasks, a task, a meeting with its minutes, finalise and reopen."""

import pytest
from django.urls import reverse

from youth.models import Meeting, Task
from youth.tests.factories import days, make_meeting, make_target, make_task

pytestmark = pytest.mark.django_db


def test_my_tasks_lists_what_i_lead(client, member, unit):
    make_task(title="Việc tôi chủ trì", lead_person=member.person, deadline=days(-1))
    make_task(title="Việc chi đoàn chủ trì", lead_unit=unit)
    make_task(title="Việc người khác chủ trì")
    client.force_login(member)
    page = client.get(reverse("youth:my_tasks")).content.decode()
    assert "<h1>Việc của tôi</h1>" in page
    assert "Việc tôi chủ trì" in page and "Việc chi đoàn chủ trì" in page
    assert "Việc người khác chủ trì" not in page
    assert 'badge-red">Quá hạn' in page


def test_task_page_shows_the_report_form_to_its_lead(client, member):
    task = make_task(lead_person=member.person, deadline=None)
    make_target(task, metric="Số đội", unit="đội", target_value=8, actual_value=6)
    make_target(task, metric="Số môn thi đấu", unit="môn", target_value=None)
    client.force_login(member)
    page = client.get(task.get_absolute_url()).content.decode()
    assert "Báo cáo tiến độ" in page and "Không thời hạn" in page
    assert 'name="reported_on"' in page and "Số đội (đội)" in page
    assert "<td>8 đội</td>" in page and "<td>6 đội</td>" in page and "<td>75%</td>" in page
    assert "<td>Số môn thi đấu</td><td>—</td>" in page


def test_leader_confirms_completion_from_the_task_page(client, leader, member):
    task = make_task(lead_person=member.person, state=Task.State.AWAITING, completed_on=days(-1))
    client.force_login(leader)
    assert "Xác nhận hoàn thành" in client.get(task.get_absolute_url()).content.decode()
    client.post(reverse("youth:task_confirm", args=[task.pk]), {"accept": "1"})
    task.refresh_from_db()
    assert task.state == Task.State.DONE


def test_meeting_page_links_minutes_and_article(client, leader, seeded):
    client.force_login(leader)
    page = client.get(seeded.get_absolute_url()).content.decode()
    assert reverse("youth:minutes_docx", args=[seeded.pk]) in page
    assert "Tải biên bản (.docx)" in page
    assert "Hoàng Văn Truyền – Bí thư Đảng ủy, Cục trưởng" in page
    assert "Chốt biên bản" in page
    assert f"?cuoc-hop={seeded.pk}" in page


def test_finalise_then_reopen_with_a_reason(client, leader):
    meeting = make_meeting()
    client.force_login(leader)
    client.post(reverse("youth:meeting_finalise", args=[meeting.pk]))
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.FINALISED
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Biên bản đã chốt" in page and "Mở lại biên bản" in page
    client.post(reverse("youth:meeting_reopen", args=[meeting.pk]), {"reason": "Bổ sung kết luận"})
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.HELD
    assert "Bổ sung kết luận" in client.get(meeting.get_absolute_url()).content.decode()


def test_finalising_a_planned_meeting_shows_a_message(client, leader):
    meeting = make_meeting(state=Meeting.State.PLANNED)
    client.force_login(leader)
    response = client.post(reverse("youth:meeting_finalise", args=[meeting.pk]), follow=True)
    assert "Chỉ chốt được biên bản của cuộc họp đã diễn ra." in response.content.decode()


def test_task_form_prefills_the_meeting(client, leader):
    meeting = make_meeting()
    client.force_login(leader)
    page = client.get(reverse("youth:task_create"), {"cuoc-hop": meeting.pk}).content.decode()
    assert f'<option value="{meeting.pk}" selected>' in page
    assert "Chỉ tiêu định lượng" in page
