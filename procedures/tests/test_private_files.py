"""A procedure's forms live in private storage: only the form view hands them out, and only once it is public."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core.files.storage import private_storage
from documents.tests.factories import docx_upload
from procedures.admin import ProcedureFormForm
from procedures.models import Procedure, ProcedureForm

pytestmark = pytest.mark.django_db


def upload(procedure):
    form = ProcedureFormForm(data={"title": "Mẫu đơn yêu cầu thi hành án", "position": 0},
                             files={"file": docx_upload("Mẫu đơn.docx")}, instance=ProcedureForm(procedure=procedure))
    assert form.is_valid(), form.errors
    return form.save()


def files_under(root):
    root = Path(root)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def body(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def stored_bytes(item):
    with private_storage().open(item.file.name) as stored:
        data = stored.read()
    assert data.startswith(b"PK\x03\x04")
    return data


def hidden_procedure():
    return Procedure.objects.create(name="Thủ tục chưa công bố", steps="Bước 1", is_published=False)


def test_a_hidden_procedures_form_is_not_under_media_root_nor_at_its_old_public_address(client):
    item = upload(hidden_procedure())
    assert files_under(settings.MEDIA_ROOT) == []
    assert Path(item.file.path).is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
    # The old address was /media/thu-tuc/<file name>; now a random folder sits in between.
    token, name = item.file.name.removeprefix("thu-tuc/").split("/")
    assert len(token) == 16 and int(token, 16) >= 0 and name.endswith(".docx")
    assert client.get(f"{settings.MEDIA_URL}thu-tuc/{name}").status_code == 404
    assert item.file.url == item.get_absolute_url() == f"/thu-tuc-hanh-chinh/{item.procedure.slug}/mau/{item.pk}/"


def test_anonymous_reader_gets_404_until_published_and_404_again_once_taken_down(client):
    procedure = hidden_procedure()
    item = upload(procedure)
    assert client.get(item.get_absolute_url()).status_code == 404
    procedure.is_published = True
    procedure.save()
    response = client.get(item.get_absolute_url())
    assert body(response) == stored_bytes(item)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=UTF-8''M%E1%BA%ABu%20%C4%91%C6%A1n.docx" in response["Content-Disposition"]
    assert files_under(settings.MEDIA_ROOT) == []
    procedure.is_published = False
    procedure.save()
    assert client.get(item.get_absolute_url()).status_code == 404


def test_staff_who_may_view_procedures_preview_a_hidden_form(client, django_user_model):
    item = upload(hidden_procedure())
    viewer = django_user_model.objects.create_user("xem-tt", password="mat-khau-dai-123", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename="view_procedure"))
    other = django_user_model.objects.create_user("khac-tt", password="mat-khau-dai-123", is_staff=True)
    client.force_login(other)
    assert client.get(item.get_absolute_url()).status_code == 404
    client.force_login(viewer)
    response = client.get(item.get_absolute_url())
    assert body(response) == stored_bytes(item)
    assert "no-store" in response["Cache-Control"]


def test_the_migration_moves_forms_left_under_media_root_into_private_storage():
    procedure = hidden_procedure()
    kept = ProcedureForm.objects.create(procedure=procedure, title="Mẫu", kind="docx", file="placeholder")
    gone = ProcedureForm.objects.create(procedure=procedure, title="Mẫu cũ", kind="docx", file="placeholder")
    public_name = default_storage.save("thu-tuc/mau-don.docx", ContentFile(b"PK mau don"))
    ProcedureForm.objects.filter(pk=kept.pk).update(file=public_name)
    ProcedureForm.objects.filter(pk=gone.pk).update(file="thu-tuc/khong-con.docx")
    migration = importlib.import_module("procedures.migrations.0002_private_forms")
    migration.to_private(apps, None)
    assert files_under(settings.MEDIA_ROOT) == []
    kept.refresh_from_db()
    with private_storage().open(kept.file.name) as moved:
        assert moved.read() == b"PK mau don"
    assert ProcedureForm.objects.get(pk=gone.pk).file.name == "thu-tuc/khong-con.docx"
