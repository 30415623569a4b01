"""`manage.py backup` and `manage.py restore`: one archive in, the same rows and files out."""

import hashlib
import importlib
import io
import json
import re
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core import serializers
from django.core.management import CommandError, call_command
from django.core.serializers.json import DjangoJSONEncoder

from core.backup.archive import EXCLUDED_MODELS, backed_up_models
from news.models import Article
from news.tests.factories import image_upload, make_article, make_category

# Restores rewrite whole tables, groups included: no snapshot to restore from is wanted.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=False)


def backup(folder):
    out = io.StringIO()
    call_command("backup", output=str(folder), stdout=out)
    return Path(out.getvalue().strip())


def restore(archive, **options):
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out, **options)
    return out.getvalue()


def empty_the_database():
    """Leave the database as `migrate` leaves a new one: tables, content types, permissions, seeded rows."""
    call_command("flush", interactive=False, verbosity=0)
    # flush also empties what data migrations seed; a new database has those rows (the legal bases).
    importlib.import_module("legal.migrations.0002_seed_legal_bases").seed(apps, None)


def rows():
    """Return every backed-up row, keyed by natural keys where a model has them, in a stable order."""
    snapshot = {}
    for model in backed_up_models():
        m2m = {field.name for field in model._meta.many_to_many}
        objects = serializers.serialize(
            "python", model._base_manager.order_by("pk"),
            use_natural_foreign_keys=True, use_natural_primary_keys=True,
        )
        for obj in objects:
            obj["fields"] = {name: sorted(value) if name in m2m else value for name, value in obj["fields"].items()}
        snapshot[model._meta.label_lower] = sorted(json.dumps(obj, sort_keys=True, cls=DjangoJSONEncoder)
                                                   for obj in objects)
    return snapshot


def media_checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in Path(root).rglob("*") if path.is_file()
    }


@pytest.fixture
def content(django_user_model):
    """A little of everything: roles, an editor, categories, articles with a cover and inline photo."""
    empty_the_database()  # start as `migrate` leaves a database, whatever the test before left
    Group.objects.get_or_create(name="Nhóm trống")  # two groups, so that new ids can differ
    editors, _created = Group.objects.get_or_create(name="Nhóm thử sao lưu")
    editors.permissions.set(Permission.objects.filter(codename__in=["add_article", "change_article"]))
    user = django_user_model.objects.create_user("tuanlinh", password="mat-khau-dai-123", is_staff=True,
                                                 first_name="Tuấn Linh")
    user.groups.add(editors)
    user.user_permissions.add(Permission.objects.get(codename="view_category"))
    category = make_category(name="Hoạt động đoàn thể")
    make_article(title="Đoàn viên ra quân", category=category, author=user,
                 cover=image_upload("Ảnh bìa.jpg", size=(320, 200)), byline="Tin bài: Tuấn Linh")
    make_article(title="Bản nháp chưa duyệt", category=category, status=Article.Status.DRAFT)
    return user


def test_backup_then_restore_into_an_empty_database_gives_back_every_row_and_file(content, settings, tmp_path):
    before, files_before = rows(), media_checksums(settings.MEDIA_ROOT)
    group_names = list(Group.objects.order_by("pk").values_list("name", flat=True))
    assert len(before["news.article"]) == 2 and len(before["auth.user"]) == 1
    assert before["legal.legalbasis"], "the seeded legal bases are part of what is restored"
    assert any(name.startswith("covers/") for name in files_before)

    archive = backup(tmp_path / "backups")
    assert re.fullmatch(r"thads-backup-\d{8}-\d{6}\.tar\.gz", archive.name)
    assert list((tmp_path / "backups").iterdir()) == [archive]
    assert archive.stat().st_mode & 0o077 == 0  # password hashes inside: owner-only

    empty_the_database()
    for path in Path(settings.MEDIA_ROOT).rglob("*"):
        if path.is_file():
            path.unlink()
    assert Article.objects.count() == 0 and media_checksums(settings.MEDIA_ROOT) == {}
    # Migrations create role groups on a new database, maybe in another order (other ids):
    # the restore matches them by name.
    for name in reversed(group_names):
        Group.objects.create(name=name)

    assert "Restored" in restore(archive)
    assert rows() == before
    assert media_checksums(settings.MEDIA_ROOT) == files_before
    assert Group.objects.get(name="Nhóm thử sao lưu").user_set.get().check_password("mat-khau-dai-123")


def test_the_backup_covers_every_model_that_holds_data():
    covered = {model._meta.label_lower for model in backed_up_models()}
    stored = {
        model._meta.label_lower for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    assert {"news.article", "news.category", "auth.user", "auth.group", "cms.sitesettings"} <= covered
    assert stored - covered == EXCLUDED_MODELS & stored


def test_the_default_folder_is_var_backups(settings, tmp_path, content):
    settings.VAR_DIR = tmp_path / "var"
    out = io.StringIO()
    call_command("backup", stdout=out)
    path = Path(out.getvalue().strip())
    assert path.parent == tmp_path / "var" / "backups" and path.is_file()


def rewrite_archive(archive, change):
    """Copy the archive, letting change(name, data) alter or drop members (None drops one)."""
    altered = archive.with_name("altered.tar.gz")
    with tarfile.open(archive) as source, tarfile.open(altered, "w:gz") as target:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            if data is not None:
                member.size = len(data)
                target.addfile(member, io.BytesIO(data))
    return altered


def test_a_tampered_archive_is_refused_and_nothing_is_restored(content, tmp_path):
    archive = backup(tmp_path)
    empty_the_database()

    def change_cover(name, data):
        return data + b"<script>" if "/media/covers/" in name else data

    def change_an_article(name, data):
        return data.replace("Đoàn viên ra quân".encode(), "Tin giả".encode()) if name.endswith("db.jsonl") else data

    for change in (change_cover, change_an_article):
        with pytest.raises(CommandError, match="altered or damaged.*checksum differs"):
            restore(rewrite_archive(archive, change))
    with pytest.raises(CommandError, match="missing: media/covers/"):
        restore(rewrite_archive(archive, lambda name, data: None if "/media/covers/" in name else data))
    assert Article.objects.count() == 0


def test_an_archive_with_an_unlisted_or_escaping_file_is_refused(content, tmp_path):
    archive = backup(tmp_path)
    with tarfile.open(archive) as source:
        top = source.getnames()[0].split("/")[0]
    empty_the_database()

    for name in (f"{top}/media/extra.html", "../../outside.txt"):
        sneaky = tmp_path / "sneaky.tar.gz"
        with tarfile.open(archive) as source, tarfile.open(sneaky, "w:gz") as target:
            for member in source.getmembers():
                target.addfile(member, source.extractfile(member))
            extra = tarfile.TarInfo(name)
            extra.size = 4
            target.addfile(extra, io.BytesIO(b"evil"))
        with pytest.raises(CommandError, match="not in the manifest|not a readable backup"):
            restore(sneaky)
    assert not (tmp_path.parent / "outside.txt").exists()
    assert Article.objects.count() == 0


def test_restore_refuses_a_database_in_use_unless_forced(content, tmp_path):
    archive = backup(tmp_path)
    make_article(title="Tin viết sau khi sao lưu")

    with pytest.raises(CommandError, match=r"not empty: .*news\.article \(3\).*--force"):
        restore(archive)
    assert Article.objects.filter(title="Tin viết sau khi sao lưu").exists()

    restore(archive, force=True)
    assert sorted(Article.objects.values_list("title", flat=True)) == ["Bản nháp chưa duyệt", "Đoàn viên ra quân"]


def test_a_file_that_is_not_a_backup_is_refused(db, tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(b"not a tar file")
    with pytest.raises(CommandError, match="not a readable backup archive"):
        restore(bogus)


def test_files_of_every_storage_a_file_field_uses_are_kept(monkeypatch, settings, tmp_path):
    from django.core.files.storage import FileSystemStorage

    # As private attachments do: a file field with its own storage outside MEDIA_ROOT.
    private = FileSystemStorage(location=tmp_path / "private")
    monkeypatch.setattr(Article._meta.get_field("cover"), "storage", private)
    make_article(title="Thông báo", cover=image_upload("Thông báo.png", fmt="PNG"))
    before = media_checksums(tmp_path / "private")
    assert len(before) == 1 and media_checksums(settings.MEDIA_ROOT) == {}

    archive = backup(tmp_path / "backups")
    with tarfile.open(archive) as source:
        assert any("/storages/news.article.cover/covers/" in name for name in source.getnames())
    empty_the_database()
    for path in (tmp_path / "private").rglob("*"):
        if path.is_file():
            path.unlink()

    restore(archive)
    assert media_checksums(tmp_path / "private") == before
    assert Article.objects.get().cover.name in before


def test_a_backup_from_newer_code_is_refused_until_the_database_is_migrated(content, tmp_path):
    archive = backup(tmp_path)
    empty_the_database()

    def add_a_migration(name, data):
        if not name.endswith("manifest.json"):
            return data
        manifest = json.loads(data)
        manifest["migrations"].append("news.9999_from_the_future")
        return json.dumps(manifest).encode()

    with pytest.raises(CommandError, match="lacks migrations.*news.9999_from_the_future"):
        restore(rewrite_archive(archive, add_a_migration))
    assert Article.objects.count() == 0
