from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from cms.models import SiteSettings
from news.models import Article, Category

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_identity_categories_seed_and_admin_once(capsys):
    call_command("seed_demo")
    first = capsys.readouterr().out
    call_command("seed_demo")
    second = capsys.readouterr().out

    assert SiteSettings.load().agency_name == "Thi hành án dân sự tỉnh Thanh Hóa"
    assert list(Category.objects.values_list("name", flat=True)) == [
        "Hoạt động của Cục", "Hoạt động của các Chi cục", "Hoạt động đoàn thể", "Thông tin khác", "Tin thông báo",
    ]
    assert Article.objects.count() == 1
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    # The password is random, printed once, and works.
    password = first.split("Superuser created: admin / ")[1].split()[0]
    assert len(password) >= 12 and admin.check_password(password)
    assert "Superuser created" not in second


def test_seed_demo_password_is_random_each_time():
    passwords = []
    for _ in range(2):
        out = StringIO()
        call_command("seed_demo", stdout=out)
        passwords.append(out.getvalue().split("admin / ")[1].split()[0])
        get_user_model().objects.all().delete()
    assert passwords[0] != passwords[1]


def test_seed_demo_adds_english_pages_and_example_answers_once(client):
    from feedback.models import Submission

    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())
    examples = Submission.objects.published()
    assert examples.count() == 3
    assert all(s.title.endswith("(Ví dụ minh họa – không phải câu hỏi thật)") for s in examples)
    assert "Ví dụ minh họa" in client.get("/hoi-dap/").content.decode()
    about = client.get("/en/about-civil-judgment-enforcement/")
    assert about.status_code == 200 and "About civil judgment enforcement in Viet Nam" in about.content.decode()
    for url in ["/en/", "/en/introduction/", "/en/introduction/leaders/", "/en/introduction/organisation/",
                "/en/introduction/functions-and-duties/", "/en/contact/"]:
        assert client.get(url).status_code == 200, url
