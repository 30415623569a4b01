"""Malformed addresses get the Vietnamese 404 page, never a 500."""

import pytest

from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/tin-tuc/2023/02/30/",
        "/tin-tuc/2023/13/",
        "/tin-tuc/2023/13/01/",
        "/tin-tuc/2023/00/",
        "/tin-tuc/0000/",
        "/tin-tuc/99999/",
        "/tin-tuc/2023/04/32/",
        "/tin-tuc/2023/04/03/khong-co-bai-nay/",
        "/chuyen-muc/khong-co/",
        "/tin-tuc/?page=abc",
        "/tin-tuc/?page=999",
        "/tin-tuc/?page=-1",
        "/tin-tuc/2023/04/?page=x",
        "/chuyen-muc/hoat-dong-doan-the/?page=0",
        "/khong-ton-tai/",
    ],
)
def test_bad_addresses_answer_the_vietnamese_404(client, path):
    make_article(published_at=local_datetime(2023, 4, 3), category=make_category(slug="hoat-dong-doan-the"))
    response = client.get(path)
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_article_under_the_wrong_day_is_not_found(client):
    article = make_article(published_at=local_datetime(2023, 4, 3))
    assert client.get(f"/tin-tuc/2023/04/04/{article.slug}/").status_code == 404


def test_server_error_page_is_vietnamese_and_standalone():
    from django.template.loader import get_template

    html = get_template("500.html").render()
    assert "Đã xảy ra lỗi" in html
