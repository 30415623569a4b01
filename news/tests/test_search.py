"""search(): the same answers and order on SQLite and PostgreSQL."""

import datetime
import io

import pytest
from django.core.management import call_command

from news.models import Article
from news.search import QueryError, highlight, search
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    """Articles named by key; later keys are older."""
    rows = {
        "party_youth": ("Đảng ủy Cục làm việc với Chi đoàn Thanh niên", "<p>Buổi làm việc cởi mở.</p>"),
        "party_body": ("Hội nghị tổng kết công tác", "<p>Báo cáo của <strong>Đảng ủy</strong> năm 2022.</p>"),
        "founded": ("Thành lập tổ công tác đặc biệt", "<p>Quyết định mới.</p>"),
        "inspection": ("Thanh tra việc thi hành án", "<p>Kiểm tra định kỳ.</p>"),
        "register": ("Đăng ký tham gia giải bóng đá", "<p>Các đội đăng ký trước ngày 19/7.</p>"),
        "volunteer": ("Tuổi trẻ tình nguyện", "<p>Đoàn viên thanh niên tình nguyện về xã nghèo.</p>"),
    }
    articles = {}
    for age, (key, (title, body)) in enumerate(rows.items()):
        articles[key] = make_article(title=title, body=body, published_at=local_datetime(2023, 3, 20 - age))
    make_article(title="Bản nháp về Đảng ủy", body="<p>Đảng ủy thanh niên</p>", status=Article.Status.DRAFT)
    return articles


SEARCHES = [
    # query, expected keys in order (None: any order)
    ("dang uy", ["party_youth", "party_body"]),
    ("ĐẢNG ỦY", ["party_youth", "party_body"]),
    ("Đảng ủy", ["party_youth", "party_body"]),
    ("  đảng,   ỦY!! ", ["party_youth", "party_body"]),
    ("Dang Uy", ["party_youth", "party_body"]),
    ("thanh nien", ["party_youth", "volunteer"]),
    ("THANH NIÊN", ["party_youth", "volunteer"]),
    # Title matches first, newest first (typed without diacritics, the spelling counts for nothing);
    # typed with them, the exact spelling first; body matches last.
    ("thanh", ["party_youth", "founded", "inspection", "volunteer"]),
    ("thành", ["founded", "party_youth", "inspection", "volunteer"]),
    ("dang", ["party_youth", "register", "party_body"]),
    ("đăng ký", ["register"]),
    ("dang ky", ["register"]),
    ("tinh nguyen", ["volunteer"]),
    ("nguyện", ["volunteer"]),
    ("2022", ["party_body"]),
    ("19", ["register"]),
    # Whole words only, and markup is not text.
    ("than", []),
    ("strong", []),
    ("đảng ủy xyz", []),
]


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_table(corpus, query, expected):
    found = list(search(query))
    assert found == [corpus[key] for key in expected]


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "!!!", "…?—", "x" * 201])
def test_unsearchable_queries_are_refused_before_any_query(corpus, query, django_assert_num_queries):
    with django_assert_num_queries(0), pytest.raises(QueryError):
        search(query)


def test_filters_by_category_and_local_days(corpus):
    other = make_category(name="Thông báo")
    late = make_article(title="Đảng ủy thông báo", category=other, published_at=local_datetime(2023, 4, 3, 6, 30))
    assert list(search("dang uy", category=other)) == [late]
    # 06:30 on 3 April local time is 2 April in UTC: it belongs to 3 April.
    assert list(search("dang uy", date_from=datetime.date(2023, 4, 3))) == [late]
    assert late not in search("dang uy", date_to=datetime.date(2023, 4, 2))
    assert list(search("dang uy", date_from=datetime.date(2023, 3, 19), date_to=datetime.date(2023, 3, 19))) == [
        corpus["party_body"]]


def test_edits_refresh_the_search_columns(corpus):
    article = corpus["founded"]
    article.title = "Khánh thành trụ sở"
    article.save()
    assert list(search("khanh thanh")) == [article]
    assert article not in search("thanh lap")


def test_scheduled_articles_are_not_found(corpus):
    make_article(title="Đảng ủy sắp công bố", published_at=local_datetime(2999, 1, 1))
    assert len(search("dang uy")) == 2


def test_highlight_marks_folded_matches_and_escapes():
    html = highlight("Chi đoàn <b> THANH NIÊN & Đảng ủy", ["thanh", "nien"])
    assert html == "Chi đoàn &lt;b&gt; <mark>THANH</mark> <mark>NIÊN</mark> &amp; Đảng ủy"


def test_highlight_cuts_long_text_around_the_first_match():
    text = " ".join(f"w{i}" for i in range(100)) + " đảng ủy " + " ".join(f"z{i}" for i in range(100))
    html = highlight(text, ["dang"])
    assert html.startswith("… w88")
    assert "<mark>đảng</mark>" in html
    assert html.endswith(" …")


def test_highlight_escapes_the_text_after_the_last_match_up_to_the_cut():
    text = "Đảng ủy <họp> & " + " ".join(f"z{i}" for i in range(100))
    html = highlight(text, ["uy"], before=0, size=4)
    assert html == "… <mark>ủy</mark> &lt;họp&gt; &amp; z0 z1 …"


def test_reindex_command_refills_the_shadow_columns(corpus):
    Article.objects.update(search_exact="", search_folded="")
    assert list(search("dang uy")) == []
    out = io.StringIO()
    call_command("reindex_search", stdout=out)
    assert "7" in out.getvalue()
    assert list(search("dang uy")) == [corpus["party_youth"], corpus["party_body"]]
