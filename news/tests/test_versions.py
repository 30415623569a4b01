"""Version history: every save kept, any two versions compared, an old one restored as a new version."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from news import workflow
from news.models import Article
from news.tests.factories import make_article


def edit(article, by, **fields):
    for name, value in fields.items():
        setattr(article, name, value)
    return workflow.save_article(article=article, by=by, base_revision=article.revision)


@pytest.fixture
def edited(draft, writer, section_editor):
    """A draft saved three times: created, then two edits by two people."""
    edit(draft, writer, body="<p>Đoạn một.</p><p>Đoạn hai.</p>")
    edit(draft, section_editor, title="Bản tin đã biên tập", body="<p>Đoạn một.</p><p>Đoạn hai đã sửa.</p>")
    return draft


def test_every_save_is_kept_with_its_author(edited, writer, section_editor):
    versions = list(edited.history.order_by("history_id"))
    assert [v.title for v in versions] == ["Bản tin nháp", "Bản tin nháp", "Bản tin đã biên tập"]
    assert [v.history_user for v in versions[1:]] == [writer, section_editor]


def test_steps_are_versions_too(edited, writer):
    workflow.submit_article(article=edited, by=writer)
    assert edited.history.latest("history_id").status == "pending"


def test_compare_page_shows_a_readable_diff_of_the_text(client, edited, section_editor):
    client.force_login(section_editor)
    first, _middle, last = edited.history.order_by("history_id")
    response = client.get(reverse("admin:news_article_compare", args=[edited.pk]),
                          {"a": last.history_id, "b": first.history_id})
    assert response.status_code == 200
    page = response.text
    assert "<del>− Bản tin nháp</del>" in page and "<ins>+ Bản tin đã biên tập</ins>" in page
    assert "<ins>+ Đoạn hai đã sửa.</ins>" in page
    assert "Tóm tắt — không thay đổi" in page and "Dòng tác giả — không thay đổi" in page
    assert "&lt;p&gt;" not in page  # the body is compared as text, not HTML


def test_versions_page_lists_every_version(client, edited, section_editor):
    client.force_login(section_editor)
    response = client.get(reverse("admin:news_article_versions", args=[edited.pk]))
    assert response.status_code == 200
    assert response.text.count('class="version"') == 3


def test_restore_makes_the_old_text_a_new_version(client, edited, section_editor):
    client.force_login(section_editor)
    oldest = edited.history.earliest("history_id")
    response = client.post(reverse("admin:news_article_restore", args=[edited.pk, oldest.history_id]))
    assert response.status_code == 302
    stored = Article.objects.get(pk=edited.pk)
    assert (stored.title, stored.body) == (oldest.title, oldest.body)
    versions = list(stored.history.order_by("history_id"))
    assert len(versions) == 4  # nothing overwritten
    assert versions[-1].history_user == section_editor
    assert versions[-1].history_change_reason.startswith("Khôi phục phiên bản lúc")
    assert versions[2].title == "Bản tin đã biên tập"


def test_restore_follows_the_edit_rules(edited, writer):
    workflow.submit_article(article=edited, by=writer)  # pending: the writer may no longer edit it
    with pytest.raises(PermissionDenied):
        workflow.restore_version(article=edited, version=edited.history.earliest("history_id"), by=writer)
    assert Article.objects.get(pk=edited.pk).title == "Bản tin đã biên tập"


def test_a_version_of_another_article_is_refused(edited, section_editor):
    other = make_article(status="draft")
    with pytest.raises(workflow.WorkflowError):
        workflow.restore_version(article=edited, version=other.history.first(), by=section_editor)


def test_restore_needs_a_post(client, edited, section_editor):
    client.force_login(section_editor)
    oldest = edited.history.earliest("history_id")
    assert client.get(reverse("admin:news_article_restore", args=[edited.pk, oldest.history_id])).status_code == 405


def test_an_article_saved_before_history_keeps_its_first_version(section_editor, writer):
    legacy = make_article(status="draft", title="Tin cũ", author=writer)
    legacy.history.all().delete()
    edit(legacy, section_editor, title="Tin cũ đã sửa")
    assert [v.title for v in legacy.history.order_by("history_id")] == ["Tin cũ", "Tin cũ đã sửa"]
