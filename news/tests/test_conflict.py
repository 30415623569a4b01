"""No lost update: two saves from the same starting version, the second refused with both texts kept."""

import pytest
from django.urls import reverse

from news import workflow
from news.models import Article
from news.tests.factories import admin_form_data, make_user

CONFLICT_MESSAGE = "Người khác đã lưu tin bài này sau khi đồng chí mở ra"


@pytest.fixture
def second_editor(db):
    from news import roles

    return make_user(roles.EDITOR, username="bientapvien2", first_name="Lan", last_name="Trần")


@pytest.fixture
def two_opened(draft, section_editor, second_editor, client):
    """Both editors opened the draft at the same revision; the first one then saved."""
    url = reverse("admin:news_article_change", args=[draft.pk])
    opened = Article.objects.get(pk=draft.pk)
    client.force_login(second_editor)
    first = client.post(url, admin_form_data(opened, title="Tiêu đề của người thứ nhất",
                                             body="<p>Nội dung của người thứ nhất.</p>"))
    assert first.status_code == 302
    client.force_login(section_editor)
    return url, opened


def test_the_second_save_is_refused_and_keeps_its_text(client, two_opened):
    url, opened = two_opened
    mine = "<p>Nội dung của người thứ hai, rất dài và quan trọng.</p>"
    response = client.post(url, admin_form_data(opened, title="Tiêu đề của người thứ hai", body=mine))

    assert response.status_code == 200
    page = response.text
    assert CONFLICT_MESSAGE in page
    # The refused text is still in the form, ready to be saved again.
    form = response.context["adminform"].form
    assert form["title"].value() == "Tiêu đề của người thứ hai" and form["body"].value() == mine
    stored = Article.objects.get(pk=opened.pk)
    assert stored.title == "Tiêu đề của người thứ nhất"


def test_the_refusal_shows_what_changed_meanwhile_and_who_saved(client, two_opened):
    url, opened = two_opened
    response = client.post(url, admin_form_data(opened, title="Tiêu đề của người thứ hai"))
    page = response.text
    assert "Những thay đổi trong lúc đồng chí soạn" in page
    assert "<del>− Bản tin nháp</del>" in page
    assert "<ins>+ Tiêu đề của người thứ nhất</ins>" in page
    assert "<ins>+ Nội dung của người thứ nhất.</ins>" in page
    assert "Do Lan Trần lưu lúc" in page


def test_saving_again_after_the_refusal_replaces_the_text_knowingly(client, two_opened):
    url, opened = two_opened
    refused = client.post(url, admin_form_data(opened, title="Tiêu đề của người thứ hai"))
    token = refused.context["adminform"].form["base_revision"].value()
    assert int(token) == Article.objects.get(pk=opened.pk).revision

    again = client.post(url, admin_form_data(opened, title="Tiêu đề của người thứ hai", base_revision=token))
    assert again.status_code == 302
    assert Article.objects.get(pk=opened.pk).title == "Tiêu đề của người thứ hai"
    titles = [v.title for v in opened.history.order_by("history_id")]
    assert titles[-2:] == ["Tiêu đề của người thứ nhất", "Tiêu đề của người thứ hai"]  # both texts kept


def test_a_workflow_step_in_between_also_counts_as_a_change(client, draft, writer, section_editor):
    url = reverse("admin:news_article_change", args=[draft.pk])
    opened = Article.objects.get(pk=draft.pk)
    workflow.submit_article(article=draft, by=writer)
    client.force_login(section_editor)
    response = client.post(url, admin_form_data(opened, title="Sửa sau khi đã gửi"))
    assert CONFLICT_MESSAGE in response.text
    assert Article.objects.get(pk=draft.pk).title == "Bản tin nháp"


def test_a_form_without_the_token_is_refused(client, draft, section_editor):
    client.force_login(section_editor)
    data = admin_form_data(draft, title="Không có mã phiên bản")
    del data["base_revision"]
    response = client.post(reverse("admin:news_article_change", args=[draft.pk]), data)
    assert response.status_code == 200
    assert "Biểu mẫu không đầy đủ" in response.text
    assert Article.objects.get(pk=draft.pk).title == "Bản tin nháp"


def test_the_service_refuses_a_stale_revision(draft, section_editor, writer):
    stale = Article.objects.get(pk=draft.pk)
    draft.title = "Lần lưu thứ nhất"
    workflow.save_article(article=draft, by=writer, base_revision=draft.revision)
    stale.title = "Lần lưu thứ hai"
    with pytest.raises(workflow.EditConflict):
        workflow.save_article(article=stale, by=section_editor, base_revision=stale.revision)
    assert Article.objects.get(pk=draft.pk).title == "Lần lưu thứ nhất"
