"""Years outside 1900–2999 answer 404 in archive addresses and 400 in search filters, never 500."""

import pytest
from django.urls import reverse

from news import workflow
from news.models import Article
from news.tests.factories import make_article


@pytest.mark.django_db
@pytest.mark.parametrize("path", [
    "/tin-tuc/9999/12/31/", "/tin-tuc/0001/", "/tin-tuc/9999/", "/tin-tuc/9999/12/",
    "/tin-tuc/1899/12/31/", "/tin-tuc/3000/01/", "/tin-tuc/9999/12/31/bai-viet/", "/tin-tuc/0001/01/01/bai-viet/in/",
])
def test_archive_years_out_of_range_are_not_found(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/tin-tuc/1900/", "/tin-tuc/2999/12/31/", "/tin-tuc/2999/12/"])
def test_archive_years_at_the_edges_still_answer(client, path):
    assert client.get(path).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    "q=thi+hanh&den_ngay=31/12/9999", "q=thi+hanh&tu_ngay=01/01/0001", "q=thi+hanh&tu_ngay=31/12/3000",
    "q=thi+hanh&tu_ngay=01/01/1899&den_ngay=31/12/2999",
])
def test_search_dates_out_of_range_are_refused_in_vietnamese(client, query):
    make_article(title="Thi hành án dân sự")
    response = client.get(f"/tim-kiem/?{query}")
    assert response.status_code == 400
    assert "Xin chọn ngày trong khoảng từ năm 1900 đến năm 2999." in response.content.decode()


@pytest.mark.django_db
def test_search_dates_at_the_edges_work(client):
    make_article(title="Thi hành án dân sự")
    response = client.get("/tim-kiem/?q=thi+hanh&tu_ngay=01/01/1900&den_ngay=31/12/2999")
    assert response.status_code == 200
    assert "Thi hành án dân sự" in response.content.decode()


@pytest.mark.django_db
def test_a_publication_time_out_of_range_is_refused(client, draft, writer, approver):
    workflow.submit_article(article=draft, by=writer)
    client.force_login(approver)
    response = client.post(reverse("admin:news_article_transition", args=[draft.pk, "publish"]),
                           {"publish_at": "01/01/0001 08:00", "revision": Article.objects.get(pk=draft.pk).revision},
                           follow=True)
    assert response.status_code == 200
    assert "Xin chọn ngày trong khoảng từ năm 1900 đến năm 2999." in response.text
    assert Article.objects.get(pk=draft.pk).status == "pending"
