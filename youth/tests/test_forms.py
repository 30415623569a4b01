"""Bad input gets a Vietnamese form error and a 400 with the form re-rendered; nothing is saved."""

import pytest
from django.urls import reverse

from youth.models import Meeting, Reopening, Task
from youth.tests.factories import make_meeting, make_target, make_task

pytestmark = pytest.mark.django_db


def task_data(unit, **changes):
    data = {
        "title": "Giải bóng đá chào mừng 77 năm", "group": "Nhóm 4", "order": "4", "lead_unit": unit.pk,
        "start_date": "01/04/2023", "deadline": "19/07/2023", "priority": "2",
        "chi-tieu-TOTAL_FORMS": "1", "chi-tieu-INITIAL_FORMS": "0",
        "chi-tieu-0-metric": "Số đội", "chi-tieu-0-unit": "đội", "chi-tieu-0-target_value": "8",
    }
    data.update(changes)
    return data


def test_leader_assigns_a_task_with_targets(client, leader, unit):
    client.force_login(leader)
    response = client.post(reverse("youth:task_create"), task_data(unit))
    task = Task.objects.get()
    assert response.status_code == 302 and response["Location"] == task.get_absolute_url()
    assert task.deadline.isoformat() == "2023-07-19"
    assert task.assigner == leader.person
    assert task.targets.get().metric == "Số đội"


@pytest.mark.parametrize(("changes", "message"), [
    ({"deadline": "31/03/2023"}, "Thời hạn không được trước ngày bắt đầu."),
    ({"deadline": "2023-07-19"}, "Nhập ngày theo dạng ngày/tháng/năm"),
    ({"start_date": "07/19/2023"}, "Nhập ngày theo dạng ngày/tháng/năm"),
    ({"chi-tieu-0-target_value": "-3"}, "Nhập số không âm"),
    ({"chi-tieu-0-target_value": "tám"}, "Nhập một số."),
    ({"lead_unit": ""}, "Cần chọn người chủ trì hoặc đơn vị chủ trì."),
])
def test_bad_task_input(client, leader, unit, changes, message):
    client.force_login(leader)
    response = client.post(reverse("youth:task_create"), task_data(unit, **changes))
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "Giải bóng đá chào mừng 77 năm" in page  # what was typed is kept
    assert not Task.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"percent": "101"}, "Nhập số nguyên từ 0 đến 100."),
    ({"percent": "-1"}, "Nhập số nguyên từ 0 đến 100."),
    ({"percent": "nhiều"}, "Nhập số nguyên từ 0 đến 100."),
    ({"reported_on": "2024-05-10"}, "Nhập ngày theo dạng ngày/tháng/năm"),
    ({"target": "-2"}, "Nhập số không âm"),
    ({"target": "abc"}, "Nhập một số."),
])
def test_bad_progress_input(client, member, changes, message):
    task = make_task(lead_person=member.person)
    target = make_target(task)
    data = {"reported_on": "10/05/2024", "percent": "30", "outlook": "at_risk", "narrative": "Đang chuẩn bị sân",
            f"target_{target.pk}": changes.pop("target", "3")}
    data.update(changes)
    client.force_login(member)
    response = client.post(reverse("youth:task_report", args=[task.pk]), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "Đang chuẩn bị sân" in page
    assert not task.reports.exists()


def test_good_progress_report(client, member):
    task = make_task(lead_person=member.person)
    target = make_target(task, target_value=8)
    client.force_login(member)
    response = client.post(reverse("youth:task_report", args=[task.pk]), {
        "reported_on": "10/05/2024", "percent": "50", "outlook": "on_track", "narrative": "Đã có 4 đội",
        f"target_{target.pk}": "4"})
    assert response.status_code == 302
    page = client.get(task.get_absolute_url()).content.decode()
    assert "Đã lưu báo cáo tiến độ." in page
    assert "10/05/2024 · 50% · Đúng tiến độ" in page


def test_reopen_without_reason_is_refused(client, leader):
    meeting = make_meeting(state=Meeting.State.FINALISED)
    client.force_login(leader)
    response = client.post(reverse("youth:meeting_reopen", args=[meeting.pk]), {"reason": "  "})
    assert response.status_code == 400
    assert "Vui lòng sửa" in response.content.decode() or "bắt buộc" in response.content.decode()
    assert not Reopening.objects.exists()


@pytest.mark.parametrize("params", [{"start": "2023-01-01", "end": "31/12/2023"},
                                    {"start": "31/12/2023", "end": "01/01/2023"}])
def test_bad_report_period(client, leader, params):
    client.force_login(leader)
    response = client.get(reverse("youth:party_report"), params)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nhập ngày theo dạng ngày/tháng/năm" in page or "Ngày kết thúc kỳ báo cáo không được trước" in page


def test_a_task_title_with_a_control_character_is_refused(client, leader, unit):
    client.force_login(leader)
    response = client.post(reverse("youth:task_create"), task_data(unit, title="Giải bóng đá\x07"))
    assert response.status_code == 400
    assert "Nội dung có ký tự điều khiển không hợp lệ (mã 7)." in response.content.decode()
    assert not Task.objects.exists()
