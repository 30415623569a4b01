import pytest

from news.tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def test_slug_is_made_on_the_server_with_d_kept():
    article = make_article(title="Đồng chí Bí thư Đảng ủy làm việc với Chi đoàn")
    assert article.slug == "dong-chi-bi-thu-dang-uy-lam-viec-voi-chi-doan"


def test_same_title_gets_a_numbered_suffix():
    first = make_article(title="Hội nghị tổng kết")
    second = make_article(title="Hội nghị tổng kết")
    third = make_article(title="Hội nghị tổng kết")
    assert [first.slug, second.slug, third.slug] == ["hoi-nghi-tong-ket", "hoi-nghi-tong-ket-2", "hoi-nghi-tong-ket-3"]


def test_editor_may_set_the_slug_and_it_is_kept():
    article = make_article(title="Tin mới", slug="duong-dan-rieng")
    article.title = "Tin mới đã sửa"
    article.save()
    article.refresh_from_db()
    assert article.slug == "duong-dan-rieng"
    assert article.get_absolute_url().endswith("/duong-dan-rieng/")


def test_category_slug_from_vietnamese_name():
    assert make_category(name="Hoạt động đoàn thể").slug == "hoat-dong-doan-the"
