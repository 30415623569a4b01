"""Search ranking on a table of queries: phrases above scattered words, exact spelling, title above body.

The same order on SQLite and PostgreSQL, whether every match is ranked (search()) or only the
rows a page needs are read level by level (ranked_page()).
"""

import pytest
from django.db.models import F

from core.search import best_ids, matching, ranked_page
from core.search import search as search_rows
from core.search.ranking import _capped_count
from news.models import Article
from news.search import search
from news.tests.factories import local_datetime, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    """The article about đồng chí Hoàng Văn Truyền is the oldest: recency must not bury it."""
    rows = {
        "truyen_title": ("Đồng chí Hoàng Văn Truyền được bổ nhiệm Phó Cục trưởng", "<p>Quyết định bổ nhiệm.</p>",
                         2015),
        "truyen_body": ("Hội nghị tổng kết năm 2018", "<p>Đồng chí Hoàng Văn Truyền phát biểu chỉ đạo.</p>", 2018),
        "namesake": ("Ông Hoằng Văn Truyện nghỉ hưu", "<p>Chúc mừng ông.</p>", 2019),
        "scattered_title": ("Văn phòng Cục tuyên truyền pháp luật tại Hoằng Hóa", "<p>Buổi tuyên truyền.</p>", 2022),
        "scattered_body": ("Tin hoạt động tháng 5", "<p>Văn phòng Cục phối hợp tuyên truyền pháp luật tại huyện "
                           "Hoằng Hóa.</p>", 2023),
        "unrelated": ("Giải bóng đá truyền thống", "<p>Các đội thi đấu sôi nổi.</p>", 2024),
    }
    return {key: make_article(title=title, body=body, published_at=local_datetime(year, 3, 1))
            for key, (title, body, year) in rows.items()}


RANKINGS = [
    # Typed without diacritics: the name in a title first (newest first among equals), then in a body,
    # then the three words scattered in a title, then scattered in a body.
    ("hoang van truyen", ["namesake", "truyen_title", "truyen_body", "scattered_title", "scattered_body"]),
    # Typed with diacritics: the exact phrase wins, in the title first, then in a body, before the namesake.
    ("Hoàng Văn Truyền", ["truyen_title", "truyen_body", "namesake", "scattered_title", "scattered_body"]),
    ("HOÀNG VĂN TRUYỀN", ["truyen_title", "truyen_body", "namesake", "scattered_title", "scattered_body"]),
    # Not adjacent in this order anywhere: title holders of every word first, newest first.
    ("truyen hoang", ["scattered_title", "namesake", "truyen_title", "scattered_body", "truyen_body"]),
    ("tuyên truyền pháp luật", ["scattered_title", "scattered_body"]),
    ("van phong", ["scattered_title", "scattered_body"]),
    # One word: the exact spelling in a title, then the folded one in titles, then bodies; newest first.
    ("truyện", ["namesake", "unrelated", "scattered_title", "truyen_title", "scattered_body", "truyen_body"]),
    ("truyen", ["unrelated", "scattered_title", "namesake", "truyen_title", "scattered_body", "truyen_body"]),
    ("truyền thống", ["unrelated"]),
    ("hoang van truyen xyz", []),
]


@pytest.mark.parametrize(("query", "expected"), RANKINGS)
def test_ranking_table(people, query, expected):
    assert [a.title for a in search(query)] == [people[key].title for key in expected]


@pytest.fixture(params=["all matches in the window", "window of 2"])
def window(request, monkeypatch):
    """Rank with every match in the window (one query), or with a window too small for them (level by level)."""
    if request.param == "window of 2":
        monkeypatch.setattr("core.search.ranking.WINDOW", 2)


@pytest.mark.parametrize(("query", "expected"), RANKINGS)
def test_pages_read_level_by_level_give_the_same_order(people, window, query, expected):
    published = Article.objects.published()
    assert best_ids(published, query, 10) == [people[key].pk for key in expected]
    first = ranked_page(published, query, per_page=2)
    assert (first.count, first.more) == (len(expected), False)
    pages = [first] + [ranked_page(published, query, number=n, per_page=2) for n in range(2, first.num_pages + 1)]
    assert [a.pk for page in pages for a in page] == [people[key].pk for key in expected]
    assert [a.pk for a in search_rows(published, query)] == [people[key].pk for key in expected]


def test_no_cap_drops_an_old_article_whose_title_is_the_query(window):
    best = make_article(title="Thi hành án dân sự", published_at=local_datetime(2010, 1, 1))
    for day in range(1, 26):
        make_article(title=f"Tin số {day}", body="<p>Công tác thi hành án dân sự tháng này.</p>",
                     published_at=local_datetime(2024, 1, day))
    page = ranked_page(Article.objects.published(), "thi hanh an dan su", per_page=5, count_cap=10)
    assert page.object_list[0] == best
    assert (page.count, page.more, page.num_pages) == (10, True, 2)
    exact = ranked_page(Article.objects.published(), "thi hanh an dan su", per_page=5, count_cap=100)
    assert (exact.count, exact.more, exact.num_pages) == (26, False, 6)


def test_the_count_is_the_same_however_it_is_counted(window):
    for day in range(1, 8):
        make_article(title=f"Thi hành án tháng {day}", published_at=local_datetime(2024, 1, day))
    published = Article.objects.published()
    by_date = ranked_page(published, "thi hanh an", per_page=2, count_cap=5)
    by_expression = ranked_page(published.order_by(F("published_at").desc()), "thi hanh an", per_page=2, count_cap=5)
    assert (by_date.count, by_date.more) == (by_expression.count, by_expression.more) == (5, True)
    # The window's last row deleted between the window and the count: counted all the same.
    matched = matching(published, ["thi", "hanh", "an"])
    assert _capped_count(published, matched, ["-published_at"], cap=10, last_pk=-1, seen=2) == 7


def test_pages_are_cached_until_content_changes(people, django_assert_num_queries):
    published = Article.objects.published()
    first = ranked_page(published, "hoang van truyen", cache_name="test")
    with django_assert_num_queries(1):  # only the rows themselves
        again = ranked_page(published, "hoang van truyen", cache_name="test")
    assert list(again) == list(first)
    make_article(title="Hoàng Văn Truyền thăm Chi cục", published_at=local_datetime(2025, 1, 1))
    fresh = ranked_page(Article.objects.published(), "hoang van truyen", cache_name="test")
    assert fresh.object_list[0].title == "Hoàng Văn Truyền thăm Chi cục"
