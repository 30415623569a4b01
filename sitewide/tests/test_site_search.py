"""The one search box: every public section answers under its name, and a typo leads to the right words."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from documents.tests.factories import make_document
from feedback.tests.factories import make_answer
from news.models import Article
from news.tests.factories import make_article
from notices.tests.factories import make_notice
from procedures.models import Procedure

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def sections_shown(client, query):
    page = BeautifulSoup(client.get("/tim-kiem/", {"q": query}).content, "html.parser")
    return {section.h2.get_text(strip=True): [" ".join(a.get_text().split()) for a in section.select("li a, h3 a")]
            for section in page.select("section.search-section")}, page


def test_one_query_finds_each_section_under_its_name(client):
    make_article(title="Hội nghị triển khai công tác thi hành án dân sự")
    make_document(summary="Về kế hoạch thi hành án dân sự năm 2026")
    Procedure.objects.create(name="Thủ tục yêu cầu thi hành án dân sự", code="2.001234", is_published=True)
    make_notice(title="Thông báo bán đấu giá tài sản thi hành án")
    make_answer(title="Hỏi về thời hiệu yêu cầu thi hành án")

    shown, _page = sections_shown(client, "thi hành án")

    assert shown["Tin tức"] == ["Hội nghị triển khai công tác thi hành án dân sự"]
    assert len(shown["Văn bản"]) == 1, shown
    assert shown["Thủ tục hành chính"] == ["Thủ tục yêu cầu thi hành án dân sự"]
    assert shown["Thông báo thi hành án"] == ["Thông báo bán đấu giá tài sản thi hành án"]
    assert shown["Hỏi đáp"] == ["Hỏi về thời hiệu yêu cầu thi hành án"]


def test_drafts_and_unpublished_rows_are_not_found(client):
    make_article(title="Bản nháp thi hành án", status=Article.Status.DRAFT)
    make_notice(title="Thông báo chưa đăng về thi hành án", is_published=False)
    make_answer(title="Câu hỏi thi hành án chưa công bố", publish=False)

    shown, page = sections_shown(client, "thi hành án")

    assert set(shown) == {"Tin tức"} and shown["Tin tức"] == []
    assert "chưa đăng" not in page.get_text() and "chưa công bố" not in page.get_text()


@pytest.mark.parametrize("typed, meant", [
    ("hoàng văn truyn", "hoàng văn truyen"),  # words the portal holds keep their typed spelling
    ("chi doan thanh nein", "chi doan thanh nien"),
])
def test_a_misspelt_query_offers_the_words_the_portal_holds(client, typed, meant):
    make_article(title="Đồng chí Hoàng Văn Truyền dự hội nghị chi đoàn thanh niên")
    make_article(title="Nền tảng số của cơ quan")  # "nen" is closer to "nein", but never beside "thanh"

    _shown, page = sections_shown(client, typed)

    offer = page.select_one(".search-suggestion a")
    assert offer is not None and offer.get_text(strip=True) == f"«{meant}»"
    followed, _page = sections_shown(client, meant)
    assert followed["Tin tức"] == ["Đồng chí Hoàng Văn Truyền dự hội nghị chi đoàn thanh niên"]


def test_a_query_nothing_resembles_offers_nothing(client):
    make_article(title="Hội nghị chi đoàn")
    _shown, page = sections_shown(client, "xyzzyqq")
    assert page.select_one(".search-suggestion") is None
    assert "Không tìm thấy tin bài nào cho «xyzzyqq»." in page.get_text()


def test_a_text_written_with_an_abbreviation_is_found_by_the_words_in_full(client):
    make_article(title="Cục THADS tỉnh tổng kết năm")
    shown, _page = sections_shown(client, "thi hành án dân sự")
    assert shown["Tin tức"] == ["Cục THADS tỉnh tổng kết năm"]
