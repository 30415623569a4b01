"""The article admin with attachments: every role opens it, links lead to the checked download."""

import pytest
from django.urls import reverse

from core.testing.factories import pdf_upload
from news.models import Attachment
from news.tests.factories import make_article

ROLES = ["writer", "section_editor", "approver", "administrator"]


@pytest.fixture
def articles(writer):
    """A published article and the writer's draft, each with a PDF attached."""
    published = make_article(title="Thông báo đã đăng", author=writer)
    draft = make_article(status="draft", title="Bản nháp có tệp", author=writer)
    for article in (published, draft):
        Attachment.objects.create(article=article, file=pdf_upload("Thông báo số 7.pdf"))
    return published, draft


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_role_opens_an_article_with_an_attachment(client, request, role, articles):
    client.force_login(request.getfixturevalue(role))
    for article in articles:
        response = client.get(reverse("admin:news_article_change", args=[article.pk]))
        assert response.status_code == 200
        page = response.content.decode()
        download = reverse("news:attachment", args=[article.attachments.get().pk])
        assert f'href="{download}"' in page
        assert client.get(download).status_code == 200


@pytest.mark.django_db
def test_the_workflow_buttons_stay_on_the_page_of_an_article_with_an_attachment(client, approver, articles):
    client.force_login(approver)
    page = client.get(reverse("admin:news_article_change", args=[articles[0].pk])).content.decode()
    assert 'name="_workflow"' in page or 'name="step"' in page
