"""A document's files live in private storage: only the file view hands them out, and only once it is public."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core.files.storage import private_storage
from core.testing.factories import pdf_upload
from documents import workflow
from documents.admin import DocumentFileForm
from documents.models import Document, DocumentFile
from documents.tests.factories import make_document

pytestmark = pytest.mark.django_db


def upload(document, name="Quyết định dự thảo.pdf"):
    form = DocumentFileForm(data={"position": 0}, files={"file": pdf_upload(name)},
                            instance=DocumentFile(document=document))
    assert form.is_valid(), form.errors
    return form.save()


def files_under(root):
    root = Path(root)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def body(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.fixture
def publisher(django_user_model):
    return django_user_model.objects.create_user("bientap-vb", password="mat-khau-dai-123", is_staff=True,
                                                 is_superuser=True)


def staff_with(django_user_model, username, *codenames, is_staff=True):
    user = django_user_model.objects.create_user(username, password="mat-khau-dai-123", is_staff=is_staff)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="documents",
                                                        codename__in=codenames))
    return user


def test_a_drafts_file_is_not_under_media_root_nor_at_its_old_public_address(client):
    item = upload(make_document(status=Document.Status.DRAFT))
    assert files_under(settings.MEDIA_ROOT) == []
    assert Path(item.file.path).is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    # The old address was /media/van-ban/<year>/<file name>; now a random folder sits in between.
    year, token, name = item.file.name.removeprefix("van-ban/").split("/")
    assert len(token) == 16 and int(token, 16) >= 0 and name.endswith(".pdf")
    assert client.get(f"{settings.MEDIA_URL}van-ban/{year}/{name}").status_code == 404
    assert client.get(f"{settings.MEDIA_URL}{item.file.name}").status_code == 404
    # Every link to the file (the admin's widget, templates) is the checking view.
    assert item.file.url == item.get_absolute_url() == f"/van-ban/{item.document.slug}/tep/{item.pk}/"


def test_anonymous_reader_gets_404_for_a_draft_and_the_bytes_once_published(client, publisher):
    document = make_document(status=Document.Status.DRAFT)
    item = upload(document)
    assert client.get(item.get_absolute_url()).status_code == 404
    assert client.get(item.get_absolute_url() + "?tai=1").status_code == 404
    workflow.approve(document=document, by=publisher)
    assert client.get(item.get_absolute_url()).status_code == 404
    workflow.publish(document=document, by=publisher)
    response = client.get(item.get_absolute_url() + "?tai=1")
    assert body(response) == pdf_upload().read()
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == (
        "attachment; filename=\"quyet-dinh-du-thao.pdf\"; "
        "filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20d%E1%BB%B1%20th%E1%BA%A3o.pdf")
    # Publishing copies nothing to a public address.
    assert files_under(settings.MEDIA_ROOT) == []


def test_taking_a_document_back_to_draft_hides_its_file_again(client, publisher):
    document = make_document(status=Document.Status.APPROVED)
    item = upload(document)
    workflow.publish(document=document, by=publisher)
    assert client.get(item.get_absolute_url()).status_code == 200
    workflow.unpublish(document=document, by=publisher)
    assert client.get(item.get_absolute_url()).status_code == 404
    assert files_under(settings.MEDIA_ROOT) == []


@pytest.mark.parametrize("codename", ["view_document", "change_document"])
def test_staff_who_may_view_documents_preview_a_drafts_file_without_a_shared_cache(client, django_user_model,
                                                                                   codename):
    item = upload(make_document(status=Document.Status.DRAFT))
    client.force_login(staff_with(django_user_model, "xem-vb", codename))
    response = client.get(item.get_absolute_url())
    assert body(response) == pdf_upload().read()
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


@pytest.mark.parametrize("is_staff, codenames", [(True, ()), (False, ("view_document",))],
                         ids=["staff-without-permission", "permission-without-staff"])
def test_others_logged_in_get_404_for_a_drafts_file(client, django_user_model, is_staff, codenames):
    item = upload(make_document(status=Document.Status.DRAFT))
    client.force_login(staff_with(django_user_model, "khac", *codenames, is_staff=is_staff))
    assert client.get(item.get_absolute_url()).status_code == 404


def test_a_file_is_only_served_under_its_own_documents_address(client):
    item = upload(make_document(status=Document.Status.DRAFT))
    other = make_document()
    assert client.get(f"/van-ban/{other.slug}/tep/{item.pk}/").status_code == 404


def test_the_migration_moves_files_left_under_media_root_into_private_storage():
    document = make_document(status=Document.Status.DRAFT)
    kept = DocumentFile.objects.create(document=document, kind="pdf", file="placeholder")
    gone = DocumentFile.objects.create(document=document, kind="pdf", file="placeholder")
    public_name = default_storage.save("van-ban/2023/du-thao.pdf", ContentFile(b"%PDF-1.4 du thao"))
    DocumentFile.objects.filter(pk=kept.pk).update(file=public_name)
    DocumentFile.objects.filter(pk=gone.pk).update(file="van-ban/2023/khong-con.pdf")
    migration = importlib.import_module("documents.migrations.0002_private_files")
    migration.to_private(apps, None)
    assert files_under(settings.MEDIA_ROOT) == []
    kept.refresh_from_db()
    with private_storage().open(kept.file.name) as moved:
        assert moved.read() == b"%PDF-1.4 du thao"
    assert DocumentFile.objects.get(pk=gone.pk).file.name == "van-ban/2023/khong-con.pdf"
