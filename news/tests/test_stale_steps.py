"""A workflow step is tied to the version its taker read: a step on a changed article is refused."""

import re

import pytest
from django.urls import reverse

from news import workflow
from news.models import Article, ArticleTransition


def step_url(article, action):
    return reverse("admin:news_article_transition", args=[article.pk, action])


def revision_in_step_form(page, action):
    """Return the revision a step for action carries on the change page.

    Someone who may edit presses steps inside the article form, which carries the revision it
    was opened on (base_revision); otherwise each step has a form of its own.
    """
    form = re.search(rf'<form method="post" class="workflow-step" action="[^"]*/buoc/{action}/">(.*?)</form>', page,
                     re.S)
    if form is None:
        assert f'name="_workflow" value="{action}"' in page
        return re.search(r'name="base_revision" value="(\d+)"', page).group(1)
    return re.search(r'name="revision" value="(\d+)"', form.group(1)).group(1)


@pytest.fixture
def pending(draft, writer):
    draft.body = "<p>Hội nghị tổng kết công tác năm.</p>"
    workflow.save_article(article=draft, by=writer)
    workflow.submit_article(article=draft, by=writer)
    return draft


@pytest.mark.django_db
def test_publishing_an_article_changed_since_it_was_read_is_refused_with_the_difference(
        client, pending, approver, section_editor):
    client.force_login(approver)
    seen = revision_in_step_form(client.get(reverse("admin:news_article_change", args=[pending.pk])).text, "publish")

    # Meanwhile an editor rewrites the text the approver has read.
    changed = Article.objects.get(pk=pending.pk)
    changed.body = "<p>Hội nghị tổng kết công tác năm.</p><p>Đoạn chèn thêm sau khi duyệt.</p>"
    workflow.save_article(article=changed, by=section_editor)

    response = client.post(step_url(pending, "publish"), {"publish_at": "", "revision": seen}, follow=True)
    assert Article.objects.get(pk=pending.pk).status == "pending"
    assert not ArticleTransition.objects.filter(to_status="published").exists()
    page = response.text
    assert "Tin bài đã được sửa sau khi bạn mở" in page
    assert "Đoạn chèn thêm sau khi duyệt." in page and 'class="added"' in page


@pytest.mark.django_db
def test_a_step_without_the_version_read_is_refused(client, pending, approver):
    client.force_login(approver)
    client.post(step_url(pending, "publish"), {"publish_at": ""})
    assert Article.objects.get(pk=pending.pk).status == "pending"


@pytest.mark.django_db
def test_a_step_on_the_version_read_goes_through(client, pending, approver):
    client.force_login(approver)
    page = client.get(reverse("admin:news_article_change", args=[pending.pk])).text
    client.post(step_url(pending, "publish"), {"publish_at": "", "revision": revision_in_step_form(page, "publish")})
    assert Article.objects.get(pk=pending.pk).status == "published"


@pytest.mark.django_db
def test_the_service_refuses_a_stale_take_down(pending, approver, section_editor):
    workflow.publish_article(article=pending, by=approver)
    seen = Article.objects.get(pk=pending.pk).revision
    stored = Article.objects.get(pk=pending.pk)
    stored.title = "Tiêu đề đã đổi"
    workflow.save_article(article=stored, by=approver)
    with pytest.raises(workflow.StaleStep):
        workflow.take_down_article(article=pending, by=approver, reason="Sai số liệu", seen_revision=seen)
    assert Article.objects.get(pk=pending.pk).status == "published"
