"""Only those who may publish choose what is featured on the home page."""

import pytest
from django.urls import reverse

from news.models import Article
from news.tests.factories import admin_form_data


@pytest.mark.django_db
def test_a_writer_cannot_feature_an_article(client, draft, writer):
    client.force_login(writer)
    url = reverse("admin:news_article_change", args=[draft.pk])
    assert 'name="featured"' not in client.get(url).text
    response = client.post(url, admin_form_data(draft, featured="on"))
    assert response.status_code == 302
    assert not Article.objects.get(pk=draft.pk).featured


@pytest.mark.django_db
def test_a_writer_cannot_feature_a_new_article_either(client, writer):
    from news.tests.factories import make_category

    client.force_login(writer)
    data = admin_form_data(Article(title="Tin mới", category=make_category(), body="<p>Nội dung.</p>"), featured="on")
    data.pop("base_revision")
    response = client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302
    assert not Article.objects.get(title="Tin mới").featured


@pytest.mark.django_db
def test_an_approver_may_feature_an_article(client, draft, approver):
    client.force_login(approver)
    response = client.post(reverse("admin:news_article_change", args=[draft.pk]), admin_form_data(draft, featured="on"))
    assert response.status_code == 302
    assert Article.objects.get(pk=draft.pk).featured
