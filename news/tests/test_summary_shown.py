"""The article page shows the summary only when the editor wrote one of its own (issue 12, item 3)."""

import pytest
from bs4 import BeautifulSoup

from news.tests.factories import make_article

pytestmark = pytest.mark.django_db
BODY = ("<p>Sáng ngày 31/3/2023, đồng chí Cục trưởng làm việc với BCH Chi đoàn.</p>\n"
        "<p>Tại cuộc họp, đồng chí Bí thư báo cáo kết quả năm 2022.</p>")


def summary_on_page(client, article):
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser")
    shown = page.select_one("main .summary")
    return shown.get_text() if shown else None


@pytest.mark.parametrize("summary", [
    "",  # filled from the body on save
    "Sáng ngày 31/3/2023, đồng chí Cục trưởng làm việc với BCH Chi đoàn. Tại cuộc họp, đồng chí…",
    "Sáng ngày 31/3/2023,  đồng chí Cục trưởng\nlàm việc với BCH Chi đoàn.",
])
def test_a_summary_that_is_the_start_of_the_body_is_not_shown_twice(client, summary):
    assert summary_on_page(client, make_article(summary=summary, body=BODY)) is None


def test_a_summary_of_its_own_is_shown(client):
    article = make_article(summary="Lãnh đạo Cục giao 5 nhóm nhiệm vụ trọng tâm cho Chi đoàn.", body=BODY)
    assert summary_on_page(client, article) == "Lãnh đạo Cục giao 5 nhóm nhiệm vụ trọng tâm cho Chi đoàn."


def test_the_seed_article_shows_its_body_once(client, transactional_db):
    from io import StringIO

    from django.core.management import call_command

    call_command("seed_demo", stdout=StringIO())
    from news.models import Article

    article = Article.objects.get(slug__startswith="dong-chi-bi-thu")
    assert summary_on_page(client, article) is None
    text = BeautifulSoup(client.get(article.get_absolute_url()).content, "html.parser").select_one("main").get_text()
    assert text.count("đồng chí Hoàng Văn Truyền – Bí thư Đảng ủy, Cục trưởng đã có buổi làm việc") == 1
