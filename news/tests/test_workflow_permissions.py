"""The permission matrix: every role × every action × every state, enforced by news.workflow."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from news import workflow
from news.models import Article, ArticleTransition
from news.tests.factories import make_article

DAY = datetime.timedelta(days=1)
STATES = ["draft", "pending", "returned", "scheduled", "published", "taken_down"]
ALL = set(STATES)
NOT_PUBLISHED = {"draft", "pending", "returned"}

# What each role may do, written out from the issue, not derived from the code under test.
EXPECTED = {
    "writer_own": {"edit": {"draft", "returned"}, "submit": {"draft", "returned"},
                   "return": set(), "publish": set(), "take_down": set()},
    "writer_other": {"edit": set(), "submit": set(), "return": set(), "publish": set(), "take_down": set()},
    "editor": {"edit": NOT_PUBLISHED, "submit": {"draft", "returned"},
               "return": {"pending"}, "publish": set(), "take_down": set()},
    "approver": {"edit": ALL, "submit": {"draft", "returned"}, "return": {"pending"},
                 "publish": {"pending", "scheduled"}, "take_down": {"published", "scheduled"}},
    "administrator": {"edit": set(), "submit": set(), "return": set(), "publish": set(), "take_down": set()},
}
CASES = [
    (role, action, state, state in EXPECTED[role][action])
    for role in EXPECTED for action in EXPECTED[role] for state in STATES
]


def article_in(state, author):
    now = timezone.now()
    if state == "scheduled":
        return make_article(status=Article.Status.PUBLISHED, published_at=now + DAY, author=author)
    if state in ("published", "taken_down"):
        return make_article(status=state, published_at=now - DAY, author=author)
    return make_article(status=state, author=author)


def act(action, article, user):
    if action == "edit":
        article.title = "Tiêu đề đã sửa"
        return workflow.save_article(article=article, by=user, base_revision=article.revision)
    if action == "submit":
        return workflow.submit_article(article=article, by=user)
    if action == "return":
        return workflow.return_article(article=article, by=user, reason="Cần bổ sung số liệu")
    if action == "publish":
        return workflow.publish_article(article=article, by=user)
    return workflow.take_down_article(article=article, by=user, reason="Thông tin chưa chính xác")


@pytest.fixture
def people(writer, other_writer, section_editor, approver, administrator):
    return {"writer_own": writer, "writer_other": other_writer, "editor": section_editor,
            "approver": approver, "administrator": administrator}


@pytest.mark.parametrize(("role", "action", "state", "allowed"), CASES,
                         ids=[f"{r}-{a}-{s}-{'yes' if ok else 'no'}" for r, a, s, ok in CASES])
def test_matrix(people, writer, role, action, state, allowed):
    article = article_in(state, writer)
    user = people[role]
    before = Article.objects.values().get(pk=article.pk)

    if action == "edit":
        assert workflow.can_edit(user, article) is allowed
    else:
        assert workflow.can(user, action, article) is allowed
        assert (action in workflow.allowed_actions(user, article)) is allowed

    if allowed:
        act(action, article, user)
        stored = Article.objects.get(pk=article.pk)
        if action == "edit":
            assert stored.title == "Tiêu đề đã sửa"
            assert stored.status == before["status"]
        else:
            assert ArticleTransition.objects.filter(article=article, actor=user).count() == 1
    else:
        with pytest.raises((PermissionDenied, workflow.WorkflowError)):
            act(action, Article.objects.get(pk=article.pk), user)
        assert Article.objects.values().get(pk=article.pk) == before
        assert not ArticleTransition.objects.filter(article=article).exists()


def test_a_writer_may_write_new_articles_but_the_administrator_may_not(writer, administrator):
    assert workflow.can_edit(writer, Article()) is True
    assert workflow.can_edit(administrator, Article()) is False


def test_a_new_article_starts_as_a_draft_of_its_writer_whatever_the_caller_sets(writer):
    article = Article(title="Tin mới", body="<p>Nội dung</p>", status=Article.Status.PUBLISHED,
                      category=make_article().category)
    workflow.save_article(article=article, by=writer)
    stored = Article.objects.get(pk=article.pk)
    assert (stored.status, stored.author, stored.published_at) == (Article.Status.DRAFT, writer, None)


def test_an_edit_never_moves_the_article(section_editor, writer):
    article = article_in("pending", writer)
    article.status = Article.Status.PUBLISHED
    article.published_at = timezone.now()
    workflow.save_article(article=article, by=section_editor, base_revision=article.revision)
    stored = Article.objects.get(pk=article.pk)
    assert (stored.status, stored.published_at) == (Article.Status.PENDING, None)
