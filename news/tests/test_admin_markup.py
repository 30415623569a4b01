"""The article change form carries its concurrency token as a bare hidden input, with no label row."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_change_form_has_the_revision_token_without_a_label(client, draft, writer):
    client.force_login(writer)
    html = client.get(reverse("admin:news_article_change", args=[draft.pk])).content.decode()
    form = html[html.index('<form enctype="multipart/form-data" method="post" id="article_form"'):]
    form = form[:form.index("</form>")]
    assert f'<input type="hidden" name="base_revision" value="{draft.revision}" id="id_base_revision">' in form
    assert not re.search(r'<label[^>]*for="id_base_revision"', html)
    assert "field-base_revision" not in html


def test_add_form_has_no_revision_token(client, writer):
    client.force_login(writer)
    html = client.get(reverse("admin:news_article_add")).content.decode()
    assert 'name="base_revision"' not in html
