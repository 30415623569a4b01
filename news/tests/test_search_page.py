"""The /tim-kiem/ page and the admin's article search."""

import pytest
from django.urls import reverse

from news.models import Article
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db
URL = reverse("search")


@pytest.fixture
def party_news():
    return make_article(title="Đảng ủy Cục họp thường kỳ", body="<p>Chi đoàn <b>Thanh niên</b> báo cáo.</p>",
                        published_at=local_datetime(2023, 3, 31))


def test_results_have_highlighted_title_and_excerpt(client, party_news):
    response = client.get(URL, {"q": "dang uy"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<mark>Đảng</mark> <mark>ủy</mark> Cục họp thường kỳ' in html
    assert "Tìm thấy 1 tin" in html or "1 article found" in html
    assert party_news.get_absolute_url() in html


def test_excerpt_shows_the_body_match_without_markup(client, party_news):
    html = client.get(URL, {"q": "THANH NIEN"}).content.decode()
    assert "Chi đoàn <mark>Thanh</mark> <mark>niên</mark> báo cáo." in html


def test_query_is_escaped_in_the_page(client, party_news):
    html = client.get(URL, {"q": "<script>alert(1)</script> dang"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_a_search_reads_the_query_words_once(client, party_news, monkeypatch):
    # The view checks the query; the page, its excerpts and the documents take the checked words.
    import news.search
    from core.search import excerpts, query

    calls = []
    real = query.clean_query

    def counted(text):
        calls.append(text)
        return real(text)

    for module in (query, excerpts, news.search):
        monkeypatch.setattr(module, "clean_query", counted)
    response = client.get(URL, {"q": "Đảng ủy họp"})
    assert response.status_code == 200
    assert party_news.get_absolute_url() in response.content.decode()
    assert calls == ["Đảng ủy họp"]


@pytest.mark.parametrize(("query", "status", "message"), [
    ("", 200, "Nhập một hoặc nhiều từ cần tìm"),
    ("    ", 200, "Nhập một hoặc nhiều từ cần tìm"),
    ("?!…—", 200, "không có chữ hoặc số"),
    ("a" * 201, 400, "quá dài"),
])
def test_unsearchable_queries_get_a_friendly_page_without_touching_articles(
        client, party_news, django_assert_max_num_queries, query, status, message):
    with django_assert_max_num_queries(12) as captured:
        response = client.get(URL, {"q": query})
    assert response.status_code == status
    assert message in response.content.decode()
    assert not [q for q in captured.captured_queries if "search_folded" in q["sql"]]


def test_filters_by_category_and_dd_mm_yyyy_dates(client, party_news):
    notices = make_category(name="Thông báo")
    notice = make_article(title="Thông báo của Đảng ủy", category=notices, published_at=local_datetime(2023, 5, 2))
    page = client.get(URL, {"q": "dang uy", "chuyen_muc": notices.slug}).content.decode()
    assert notice.get_absolute_url() in page and party_news.get_absolute_url() not in page
    page = client.get(URL, {"q": "dang uy", "tu_ngay": "01/04/2023", "den_ngay": "31/05/2023"}).content.decode()
    assert notice.get_absolute_url() in page and party_news.get_absolute_url() not in page
    page = client.get(URL, {"q": "dang uy", "den_ngay": "31/03/2023"}).content.decode()
    assert party_news.get_absolute_url() in page and notice.get_absolute_url() not in page


@pytest.mark.parametrize(("params", "message"), [
    ({"tu_ngay": "32/13/2023"}, "Nhập ngày theo dạng ngày/tháng/năm"),
    ({"tu_ngay": "02/05/2023", "den_ngay": "01/05/2023"}, "Ngày bắt đầu không được sau ngày kết thúc"),
    ({"chuyen_muc": "khong-co"}, "Hãy chọn một lựa chọn hợp lệ"),
])
def test_bad_filters_are_explained_with_400(client, party_news, params, message):
    response = client.get(URL, {"q": "dang uy", **params})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_results_are_paginated_and_keep_the_query(client):
    for day in range(1, 24):
        make_article(title=f"Chi đoàn sinh hoạt lần {day}", published_at=local_datetime(2023, 1, day))
    first = client.get(URL, {"q": "chi doan"}).content.decode()
    assert "Trang 1 / 2" in first
    assert "?q=chi+doan&amp;page=2" in first
    second = client.get(URL, {"q": "chi doan", "page": "2"})
    assert second.content.decode().count('class="search-result"') == 3
    assert client.get(URL, {"q": "chi doan", "page": "abc"}).status_code == 200


def test_admin_search_folds_like_the_public_search(client, editor, party_news):
    draft = make_article(title="ĐẢNG ỦY dự thảo", status=Article.Status.DRAFT)
    make_article(title="Tin khác hẳn")
    client.force_login(editor)
    url = reverse("admin:news_article_changelist")
    html = client.get(url, {"q": "dang uy"}).content.decode()
    assert party_news.title in html and draft.title in html and "Tin khác hẳn" not in html
    assert client.get(url, {"q": "!!!"}).status_code == 200


def test_no_match_says_so_with_suggestions(client, party_news):
    html = client.get(URL, {"q": "xyzzy"}).content.decode()
    assert "Không tìm thấy tin bài nào cho «xyzzy»." in html
    assert "gõ không dấu" in html and "Dùng ít từ hơn" in html
    # Without filters there is nothing to drop: no such link.
    assert "bỏ chuyên mục và khoảng ngày" not in html


def test_no_match_with_filters_offers_the_search_without_them(client, party_news):
    html = client.get(URL, {"q": "dang uy", "den_ngay": "01/01/2020"}).content.decode()
    assert "Không tìm thấy tin bài nào cho «dang uy»." in html
    assert '<a href="?q=dang+uy">Tìm lại, bỏ chuyên mục và khoảng ngày</a>' in html


def test_the_count_is_never_the_cap_presented_as_a_total(client):
    category = make_category(name="Tin tức")
    articles = []
    for n in range(1001):
        article = Article(title=f"Chi đoàn sinh hoạt {n}", body="<p>Nội dung.</p>", category=category,
                          slug=f"chi-doan-{n}", status=Article.Status.PUBLISHED,
                          published_at=local_datetime(2023, 1, 1 + n % 28))
        article.fill_derived_fields()
        articles.append(article)
    Article.objects.bulk_create(articles)
    html = client.get(URL, {"q": "chi doan"}).content.decode()
    assert "Hơn 1.000 tin bài cho «chi doan»" in html
    assert "Tìm thấy" not in html
    assert "Trang 1 / 50" in html
    Article.objects.filter(slug="chi-doan-0").delete()
    html = client.get(URL, {"q": "chi doan"}).content.decode()
    assert "Tìm thấy 1.000 tin bài cho «chi doan»." in html
