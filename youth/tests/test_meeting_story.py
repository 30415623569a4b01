"""A draft news story from a meeting: written like the seed article, once, linked both ways."""

import re

import pytest
from django.urls import reverse

from core.testing.factories import make_user
from news import roles
from news.models import Article, Category
from news.tests.factories import make_article
from youth import services
from youth.demo import SEED_ARTICLE_SLUG, seed_youth_demo
from youth.models import Person
from youth.tests.factories import make_meeting, make_work_user

pytestmark = pytest.mark.django_db

SEED_TITLE = "Đồng chí Bí thư Đảng ủy, Cục trưởng làm việc với BCH Chi đoàn Thanh niên Cục"


@pytest.fixture
def meeting(seeded):
    """The seed meeting without the imported seed article, as a department would have it."""
    seeded.article = None
    seeded.save(update_fields=["article"])
    Category.objects.get_or_create(name="Hoạt động đoàn thể", slug="hoat-dong-doan-the")
    return seeded


@pytest.fixture
def writer(meeting):
    """A news writer whose staff record is the deputy secretary who wrote the seed article."""
    user = make_user(roles.WRITER, username="tuanlinh")
    Person.objects.filter(full_name="Tuấn Linh").update(user=user)
    return user


def test_draft_reads_like_the_seed_article(meeting, writer):
    article, created = services.draft_article_from_meeting(meeting=meeting, by=writer)
    assert created
    assert article.title == SEED_TITLE
    assert article.status == Article.Status.DRAFT and article.author == writer
    assert article.category.slug == "hoat-dong-doan-the"
    # The byline credits the writer under today's title; the story tells of 2023 under 2023's names.
    assert article.byline == "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn"
    paragraphs = re.findall(r"<p>(.*?)</p>", article.body)
    assert paragraphs[0].startswith(
        "Sáng ngày 31/3/2023, đồng chí Hoàng Văn Truyền – Bí thư Đảng ủy, Cục trưởng đã có buổi làm việc "
        "với BCH Chi đoàn Thanh niên Cục. Tham dự cuộc họp có đồng chí Chánh Văn phòng (tên mẫu)")
    assert paragraphs[1].startswith("Tại cuộc họp, đồng chí Bí thư Chi đoàn (tên mẫu)")
    assert "Đêm hội trăng rằm" in paragraphs[1]
    assert paragraphs[2].startswith("Cũng tại cuộc họp, các đồng chí tham dự đã góp ý: đồng chí Chánh Văn phòng")
    assert paragraphs[3] == "Phát biểu kết luận cuộc họp, đồng chí Hoàng Văn Truyền – Bí thư Đảng ủy, Cục trưởng:"
    lists = re.findall(r"<ol>(.*?)</ol>", article.body)
    assert len(lists) == 2
    assert re.findall(r"<li>(.*?)</li>", lists[0])[0] == "Ghi nhận những đóng góp của Chi đoàn trong thời gian qua."
    tasks = re.findall(r"<li>(.*?)</li>", lists[1])
    assert len(tasks) == 5
    assert tasks[3].endswith("(hoàn thành trước ngày 19/07/2023)")
    assert "giao 5 nhóm nhiệm vụ trọng tâm để BCH Chi đoàn Thanh niên Cục thực hiện:" in article.body
    meeting.refresh_from_db()
    assert meeting.article == article and list(article.meetings.all()) == [meeting]


def test_generating_twice_keeps_one_draft(meeting, writer):
    first, _created = services.draft_article_from_meeting(meeting=meeting, by=writer)
    again, created = services.draft_article_from_meeting(meeting=meeting, by=writer)
    assert (again, created) == (first, False)
    assert Article.objects.filter(title=SEED_TITLE).count() == 1


def test_the_seed_meeting_keeps_its_published_article(seeded, writer):
    make_article(title=SEED_TITLE, slug=SEED_ARTICLE_SLUG)
    seed_youth_demo()  # links the imported seed article to its meeting
    article, created = services.draft_article_from_meeting(meeting=seeded, by=writer)
    assert not created and article.slug == SEED_ARTICLE_SLUG and article.status == Article.Status.PUBLISHED


def test_one_click_in_the_work_area(client, meeting, leader):
    client.force_login(leader)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Viết bản nháp tin bài từ cuộc họp này" in page
    assert '<option value="hoat-dong-doan-the" selected>' in page
    url = reverse("youth:meeting_draft_article", args=[meeting.pk])
    response = client.post(url, {"category": "hoat-dong-doan-the"})
    assert response.status_code == 302
    article = Article.objects.get(meetings=meeting)
    assert article.status == Article.Status.DRAFT
    client.post(url, {"category": "hoat-dong-doan-the"})
    assert Article.objects.filter(meetings=meeting).count() == 1
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert article.title in page and "Nháp" in page
    assert "Viết bản nháp tin bài từ cuộc họp này" not in page


def test_unknown_category_is_refused_and_nothing_is_written(client, meeting, leader):
    client.force_login(leader)
    response = client.post(reverse("youth:meeting_draft_article", args=[meeting.pk]), {"category": "khong-co"})
    assert response.status_code == 400
    assert "Hãy chọn một chuyên mục trong danh sách." in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.article is None


def test_members_without_news_rights_cannot_write_the_story(client, meeting):
    user = make_work_user(username="doanvien2")
    meeting.organiser.people.add(user.person)
    client.force_login(user)
    assert client.post(reverse("youth:meeting_draft_article", args=[meeting.pk])).status_code == 403
    assert client.get(meeting.get_absolute_url()).status_code == 200


def test_admin_action_writes_the_draft(client, meeting):
    admin_user = make_user(roles.ADMINISTRATOR, username="quantri2", is_superuser=True)
    client.force_login(admin_user)
    response = client.post(reverse("admin:youth_meeting_changelist"),
                           {"action": "draft_article", "_selected_action": [meeting.pk]}, follow=True)
    assert response.status_code == 200
    meeting.refresh_from_db()
    assert meeting.article.title == SEED_TITLE and meeting.article.status == Article.Status.DRAFT


def test_bare_meeting_gives_a_draft_with_blanks(leader):
    meeting = make_meeting(title="Họp\x07 nhanh", conclusions="")
    article, created = services.draft_article_from_meeting(meeting=meeting, by=leader)
    assert created and article.title == "Họp nhanh"
    assert "đồng chí …" in article.body and "\x07" not in article.body
