"""core.search, the one search seam: words, query checks, shadow columns kept by save(), highlighting."""

import pytest

from core.search import QueryError, check_query, clean_query, highlight, shadow_columns, words
from news.models import Article
from news.tests.factories import make_article


def test_words_and_folded_query():
    assert words("Đảng ủy, THANH_niên!") == ["đảng", "ủy", "thanh", "niên"]
    assert clean_query("  ĐẢNG ủy đảng  ") == (["dang", "uy"], ["đảng", "ủy"])


@pytest.mark.parametrize(("query", "code"), [("", "empty"), ("  ", "empty"), ("?!", "no_words"),
                                             ("a" * 201, "too_long")])
def test_bad_queries_raise_with_a_code(query, code):
    with pytest.raises(QueryError) as error:
        check_query(query)
    assert error.value.code == code


def test_shadow_columns_put_the_title_first():
    exact, folded = shadow_columns("Hoàng Văn Truyền", "Văn phòng\ntuyên truyền")
    assert exact == " hoàng văn truyền | văn phòng tuyên truyền "
    assert folded == (" hoang van truyen | van phong tuyen truyen # hoang_van van_truyen van_phong phong_tuyen "
                      "tuyen_truyen ^hoang ^van ^truyen ^hoang_van ^van_truyen ")


def test_highlight_takes_the_query_as_typed():
    assert highlight("Chi đoàn Thanh niên", "thanh NIEN") == "Chi đoàn <mark>Thanh</mark> <mark>niên</mark>"


@pytest.mark.django_db
def test_save_refills_the_columns_also_with_update_fields():
    article = make_article(title="Đảng ủy", summary="Tóm tắt", body="<p>Chi <b>đoàn</b></p>")
    assert article.search_folded == " dang uy | tom tat chi doan # dang_uy tom_tat tat_chi chi_doan ^dang ^uy ^dang_uy "
    article.title = "Hội nghị"
    article.save(update_fields=["title"])
    stored = Article.objects.get(pk=article.pk)
    assert stored.search_exact == " hội nghị | tóm tắt chi đoàn "
    assert stored.search_folded.startswith(" hoi nghi | tom tat chi doan # hoi_nghi ")
