"""Admin search ignores diacritics and case: "tuan" finds "Tuấn" (issue 12, item 10)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from core.admin.search import FoldingSearchMixin
from core.testing.factories import make_user
from news import roles
from news.tests.factories import make_article, make_category
from organisation.models import Person, Unit
from youth.models import LEADERS_GROUP
from youth.tests.factories import make_meeting, make_task

pytestmark = pytest.mark.django_db


def listed(client, url, term):
    page = BeautifulSoup(client.get(url, {"q": term}).content, "html.parser")
    return sorted(a.get_text(strip=True) for a in page.select("#result_list tbody th a"))


def test_articles_fold_in_the_admin_search(client):
    make_article(title="Tuấn Linh viết về Đảng ủy Cục")
    make_article(title="Tin khác")
    client.force_login(make_user(roles.APPROVER))
    assert listed(client, "/admin/news/article/", "tuan dang uy") == ["Tuấn Linh viết về Đảng ủy Cục"]


def test_categories_fold(client):
    make_category(name="Hoạt động đoàn thể")
    make_category(name="Thông báo")
    client.force_login(make_user(roles.ADMINISTRATOR))
    assert listed(client, "/admin/news/category/", "HOAT DONG doan") == ["Hoạt động đoàn thể"]


def test_people_and_units_fold(client):
    user = make_user(roles.ADMINISTRATOR)
    user.is_superuser = True
    user.save()
    Person.objects.create(full_name="Hoàng Văn Truyền", position="Cục trưởng")
    Person.objects.create(full_name="Lê Thị Hoa", position="Phó Cục trưởng")
    Unit.objects.create(name="Chi đoàn Thanh niên Cục")
    Unit.objects.create(name="Văn phòng Cục")
    client.force_login(user)
    assert listed(client, "/admin/organisation/person/", "truyen cuc truong") == ["Hoàng Văn Truyền"]
    assert listed(client, "/admin/organisation/unit/", "chi doan") == ["Chi đoàn Thanh niên Cục"]


def test_meetings_and_tasks_fold_for_a_leader(client):
    leader = make_user()
    leader.groups.add(Group.objects.get(name=LEADERS_GROUP))
    meeting = make_meeting(title="Làm việc với BCH Chi đoàn")
    make_meeting(title="Họp giao ban")
    make_task(meeting=meeting, title="Giải bóng đá chào mừng 77 năm", group="Nhóm 4")
    make_task(title="Tuyên truyền pháp luật")
    client.force_login(leader)
    assert listed(client, "/admin/youth/meeting/", "bch chi doan") == ["Làm việc với BCH Chi đoàn"]
    tasks = listed(client, "/admin/youth/task/", "giai bong da")
    assert len(tasks) == 1 and "Giải bóng đá" in tasks[0]


def test_the_mixin_needs_every_word():
    class Fake(FoldingSearchMixin):
        search_fields = ["name"]

    from news.models import Category

    make_category(name="Đảng ủy Cục")
    make_category(name="Đảng viên")
    results, may_have_duplicates = Fake().get_search_results(None, Category.objects.all(), "dang uy")
    assert [c.name for c in results] == ["Đảng ủy Cục"] and may_have_duplicates is False
    assert Fake().get_search_results(None, Category.objects.all(), "   ")[0].count() == 2
