"""Staff preview of non-public articles at their real address; 404 for the public; 410 once taken down."""

import datetime

import pytest
from django.utils import timezone

from core.testing.factories import make_user
from news import workflow
from news.tests.factories import make_article

BANNER = "Bản xem trước"


@pytest.fixture
def scheduled(writer):
    return make_article(status="published", published_at=timezone.now() + datetime.timedelta(days=2),
                        author=writer, title="Tin hẹn giờ")


@pytest.fixture
def taken_down(writer, approver):
    article = make_article(author=writer, title="Tin đã gỡ", status="pending")
    workflow.publish_article(article=article, by=approver, at=timezone.now() - datetime.timedelta(hours=1))
    workflow.take_down_article(article=article, by=approver, reason="Sai số liệu")
    return article


@pytest.mark.parametrize("state", ["draft", "pending", "returned", "scheduled"])
def test_staff_see_a_non_public_article_with_a_banner_never_cached(client, section_editor, draft, scheduled, state):
    article = scheduled if state == "scheduled" else draft
    if state != "scheduled":
        article.status = state
        article.save()
    client.force_login(section_editor)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert BANNER in response.text and article.title in response.text
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


@pytest.mark.parametrize("who", ["anonymous", "logged_in_non_staff"])
def test_others_get_404_for_anything_not_public(client, draft, scheduled, who):
    if who == "logged_in_non_staff":
        client.force_login(make_user(is_staff=False))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_a_public_article_has_no_banner_even_for_staff(client, section_editor):
    article = make_article(title="Tin công khai")
    client.force_login(section_editor)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and BANNER not in response.text
    assert "no-store" not in response.get("Cache-Control", "")


def test_the_preview_is_served_only_at_the_article_address(client, section_editor, draft):
    client.force_login(section_editor)
    assert client.get(f"/tin-tuc/2001/01/01/{draft.slug}/").status_code == 404


def test_a_taken_down_article_answers_410_with_a_notice(client, taken_down):
    response = client.get(taken_down.get_absolute_url())
    assert response.status_code == 410
    assert "Tin bài đã được gỡ" in response.text
    assert "Ban biên tập gỡ xuống" in response.text
    assert taken_down.title not in response.text


def test_staff_still_preview_a_taken_down_article(client, taken_down, approver):
    client.force_login(approver)
    response = client.get(taken_down.get_absolute_url())
    assert response.status_code == 200 and BANNER in response.text and "Đã gỡ" in response.text
