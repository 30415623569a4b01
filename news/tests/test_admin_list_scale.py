"""The admin article list at any size: no count of the whole table twice, no DISTINCT over dates, a month filter."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.admin import lists as admin_lists
from core.admin.lists import EstimatedCountPaginator
from news.models import Article
from news.tests.factories import local_datetime, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles():
    return [
        make_article(title="Tin cuối tháng Năm", published_at=local_datetime(2024, 5, 31, 23, 30)),
        make_article(title="Tin đầu tháng Sáu", published_at=local_datetime(2024, 6, 1, 0, 15)),
        make_article(title="Tin năm trước", published_at=local_datetime(2023, 12, 31, 23, 59)),
    ]


def test_the_list_counts_once_and_runs_no_distinct_over_dates(client, editor, articles):
    client.force_login(editor)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/news/article/")
    assert response.status_code == 200
    sqls = [q["sql"].upper() for q in queries.captured_queries]
    assert sum("COUNT(" in sql and "NEWS_ARTICLE" in sql for sql in sqls) == 1
    assert not any("DISTINCT" in sql for sql in sqls)
    # The list brings back no long text columns.
    assert not any('"BODY"' in sql or "SEARCH_FOLDED" in sql for sql in sqls if "NEWS_ARTICLE" in sql)


def test_the_month_filter_follows_local_days(client, editor, articles):
    client.force_login(editor)
    may = client.get("/admin/news/article/?thang=2024-05").content.decode()
    assert "Tin cuối tháng Năm" in may and "Tin đầu tháng Sáu" not in may
    june = client.get("/admin/news/article/?thang=2024-06").content.decode()
    assert "Tin đầu tháng Sáu" in june and "Tin cuối tháng Năm" not in june
    year = client.get("/admin/news/article/?thang=2024").content.decode()
    assert "Tin cuối tháng Năm" in year and "Tin năm trước" not in year
    # Choosing a year offers its months.
    assert "?thang=2024-05" in year


@pytest.mark.parametrize("value", ["2024-13", "abcd", "9999-12", "0-0"])
def test_a_bad_month_answers_an_empty_list_not_an_error(client, editor, articles, value):
    client.force_login(editor)
    response = client.get(f"/admin/news/article/?thang={value}")
    assert response.status_code in (200, 302)


def test_an_unfiltered_large_table_is_counted_from_postgresql_statistics(articles, monkeypatch,
                                                                         django_assert_num_queries):
    monkeypatch.setattr(admin_lists, "EXACT_COUNT_BELOW", 2)
    paginator = EstimatedCountPaginator(Article.objects.order_by("-pk"), 100)
    if connection.vendor != "postgresql":
        assert paginator.count == 3
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE news_article")
    Article.objects.create(title="Thêm sau ANALYZE", category=articles[0].category)
    with django_assert_num_queries(1):
        # The planner's figure (3 rows when analysed), not a scan of the table (4 rows now).
        assert paginator.count == 3
    monkeypatch.setattr(admin_lists, "EXACT_COUNT_BELOW", 1000)
    assert EstimatedCountPaginator(Article.objects.order_by("-pk"), 100).count == 4
    # A filtered list is counted exactly.
    assert EstimatedCountPaginator(Article.objects.filter(title__startswith="Tin đầu"), 100).count == 1
