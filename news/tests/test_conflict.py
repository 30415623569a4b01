"""No lost update: two saves from the same starting version, the second refused with both texts kept."""

import pytest
from django.urls import reverse

from core.testing.factories import make_user
from news import workflow
from news.models import Article
from news.tests.factories import admin_form_data

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



def test_a_refused_write_after_a_passed_check_runs_the_form_again(client, draft, section_editor, monkeypatch):
    """If the conditional write fails after the check passed (a rival commit in between), the admin
    runs the whole form again in a fresh transaction, whose check then compares with the rival's save.
    (A rival commit cannot be staged inside one test transaction; here the write fails once.)"""
    real_save = workflow.save_article
    calls = []

    def fail_once(**kwargs):
        calls.append(kwargs["base_revision"])
        if len(calls) == 1:
            raise workflow.EditConflict("conflict", current=None)
        return real_save(**kwargs)

    monkeypatch.setattr(workflow, "save_article", fail_once)
    client.force_login(section_editor)
    response = client.post(reverse("admin:news_article_change", args=[draft.pk]),
                           admin_form_data(draft, title="Tiêu đề của tôi"))
    assert response.status_code == 302
    assert calls == [draft.revision, draft.revision]
    assert Article.objects.get(pk=draft.pk).title == "Tiêu đề của tôi"


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_from_one_revision_let_exactly_one_through(section_editor, second_editor):
    """Real concurrency (two connections); PostgreSQL only, SQLite's test database is one connection."""
    import threading

    from django.db import connection, connections

    if connection.vendor != "postgresql":
        pytest.skip("needs a database with concurrent connections")
    from news.tests.factories import make_article

    article = make_article(status="draft", title="Bản gốc")
    start = threading.Barrier(2)
    outcomes = {}

    def save_as(user, title):
        try:
            copy = Article.objects.get(pk=article.pk)
            copy.title = title
            start.wait()
            workflow.save_article(article=copy, by=user, base_revision=copy.revision)
            outcomes[title] = "saved"
        except workflow.EditConflict:
            outcomes[title] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save_as, args=(user, title))
               for user, title in [(section_editor, "Bản A"), (second_editor, "Bản B")]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(title for title, outcome in outcomes.items() if outcome == "saved")
    assert Article.objects.get(pk=article.pk).title == winner
