"""A leader can find and use the work area; a staff user without the role is told why (issue 12, item 11)."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command

from youth.demo import LEADER_USERNAME
from youth.models import Task, is_leader
from youth.tests.factories import make_work_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_creates_a_leader_whose_dashboard_has_data(client, demo):
    leader = get_user_model().objects.get(username=LEADER_USERNAME)
    assert is_leader(leader) and leader.is_staff
    assert not leader.groups.filter(name__in=["Lãnh đạo duyệt tin", "Phóng viên"]).exists()
    assert leader.person.full_name == "Hoàng Văn Truyền"  # the chair of the seed meeting
    assert f"{LEADER_USERNAME} / " in demo
    client.force_login(leader)
    page = BeautifulSoup(client.get("/cong-viec/").content, "html.parser")
    assert len(page.select("tr.task-row")) == Task.objects.count() == 5
    assert page.select_one(".notice") is None
    # Running it again adds no second account.
    call_command("seed_demo", stdout=StringIO())
    assert get_user_model().objects.filter(username=LEADER_USERNAME).count() == 1


def test_staff_without_the_role_is_told_on_the_dashboard_and_on_leader_pages(client):
    user = make_work_user(username="canbo_thuong")
    user.is_staff = True
    user.save()
    client.force_login(user)
    notice = BeautifulSoup(client.get("/cong-viec/").content, "html.parser").select_one(".notice")
    assert "Tài khoản chưa được giao quyền lãnh đạo." in notice.get_text()
    response = client.get("/cong-viec/nhiem-vu/giao/")
    assert response.status_code == 403
    assert "Tài khoản chưa được giao quyền lãnh đạo." in response.content.decode()


def test_the_work_area_is_linked_from_both_headers_for_staff(client, demo):
    leader = get_user_model().objects.get(username=LEADER_USERNAME)
    client.force_login(leader)
    for url in ["/", "/admin/"]:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        assert page.find("a", string="Khu vực công việc")["href"] == "/cong-viec/", url
    client.logout()
    assert BeautifulSoup(client.get("/").content, "html.parser").find("a", string="Khu vực công việc") is None


def test_tasks_and_meetings_link_to_their_admin_pages_and_back(client, demo):
    client.force_login(get_user_model().objects.get(username=LEADER_USERNAME))
    task = Task.objects.order_by("order").first()
    for public, admin_url in [(task.get_absolute_url(), f"/admin/youth/task/{task.pk}/change/"),
                              (task.meeting.get_absolute_url(), f"/admin/youth/meeting/{task.meeting.pk}/change/")]:
        page = BeautifulSoup(client.get(public).content, "html.parser")
        assert page.find("a", string="Sửa trong trang quản trị")["href"] == admin_url
        back = BeautifulSoup(client.get(admin_url).content, "html.parser").select_one("a.viewsitelink")
        assert client.get(back["href"], follow=True).redirect_chain[-1][0].endswith(public)
