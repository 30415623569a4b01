"""Draft → approved → published, each step checked on the stored row and recorded with who and when."""

import pytest
from django.contrib.auth.models import Permission

from core.testing.factories import make_user
from documents import workflow
from documents.models import Document
from documents.tests.factories import make_document

pytestmark = pytest.mark.django_db


def user_with(*codenames):
    user = make_user()
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="documents", codename__in=codenames))
    return user


def test_draft_is_approved_then_published_and_every_step_is_recorded(client):
    document = make_document(status=Document.Status.DRAFT)
    assert client.get(f"/van-ban/{document.slug}/").status_code == 404
    boss = user_with("approve_document", "publish_document")
    workflow.approve(document=document, by=boss)
    workflow.publish(document=document, by=boss)
    document.refresh_from_db()
    assert document.status == Document.Status.PUBLISHED and document.published_at is not None
    steps = list(document.transitions.values_list("from_status", "to_status", "actor"))
    assert steps == [("draft", "approved", boss.pk), ("approved", "published", boss.pk)]
    assert client.get(f"/van-ban/{document.slug}/").status_code == 200


def test_a_draft_cannot_be_published_without_approval():
    document = make_document(status=Document.Status.DRAFT)
    with pytest.raises(workflow.WorkflowError):
        workflow.publish(document=document, by=user_with("approve_document", "publish_document"))
    document.refresh_from_db()
    assert document.status == Document.Status.DRAFT and not document.transitions.exists()


def test_a_user_without_the_permission_cannot_approve():
    document = make_document(status=Document.Status.DRAFT)
    with pytest.raises(workflow.TransitionForbidden):
        workflow.approve(document=document, by=user_with("publish_document"))
    assert Document.objects.get(pk=document.pk).status == Document.Status.DRAFT


def test_admin_actions_run_the_workflow_and_report_refusals(client):
    boss = user_with("approve_document", "publish_document", "view_document", "change_document")
    client.force_login(boss)
    draft = make_document(status=Document.Status.DRAFT)
    response = client.post("/admin/documents/document/", {"action": "publish_selected", "_selected_action": [draft.pk]},
                           follow=True)
    assert "Không thể thực hiện bước này" in response.text
    client.post("/admin/documents/document/", {"action": "approve_selected", "_selected_action": [draft.pk]})
    response = client.post("/admin/documents/document/", {"action": "publish_selected",
                                                         "_selected_action": [draft.pk]}, follow=True)
    assert "Đã đăng 1 văn bản." in response.text
    assert Document.objects.get(pk=draft.pk).status == Document.Status.PUBLISHED
