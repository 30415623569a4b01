"""One-file backups: every model's rows (portable JSON lines) and every media file.

The archive is a tar.gz holding one folder:
  manifest.json   format, date, database vendor, applied migrations, row counts,
                  and the SHA-256 ("files") and size in bytes ("sizes") of every other file
  db.jsonl        Django's JSON-lines serialisation with natural keys, one row a line
  media/...       the files of the default storage (MEDIA_ROOT or a bucket), byte for byte
  storages/KEY/.. the files of any other storage a file field names (e.g. private
                  attachments), KEY being the first such field's app.model.field

Rows are written model by model through server-side iterators and read back line by
line, so memory stays flat however many articles there are. Natural keys (users by
name, groups by name, permissions and content types by app and model) make the dump
independent of the ids a fresh database gives to content types, permissions and to
the roles that migrations create. core.backup.restore reads the archive back.
"""

import contextlib
import hashlib
import io
import json
import tarfile
import tempfile
from pathlib import Path

import django
from django.apps import apps
from django.core import serializers
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import FileField
from django.utils import timezone

FORMAT = "thads-backup/1"
DATABASE_FILE = "db.jsonl"
MANIFEST_FILE = "manifest.json"
# Rebuilt by migrate (content types, permissions), rendered again from the articles (their stored
# pages: on first reading, or by `manage.py render_articles`) or not worth keeping (sessions,
# login-failure bookkeeping).
EXCLUDED_MODELS = {
    "contenttypes.contenttype", "auth.permission", "sessions.session", "news.renderedarticle",
    "axes.accessattempt", "axes.accesslog", "axes.accessfailurelog", "axes.accessattemptexpiration",
}


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why."""


def backed_up_models(using=DEFAULT_DB_ALIAS):
    """Return every model whose rows go into a backup, parents before children."""
    app_list = {}
    for model in apps.get_models():
        meta = model._meta
        if meta.label_lower in EXCLUDED_MODELS or meta.proxy or not meta.managed:
            continue
        if router.allow_migrate_model(using, model):
            app_list.setdefault(meta.app_config, []).append(model)
    return serializers.sort_dependencies(app_list.items(), allow_cycles=True)


def _rows(model, using):
    """Return the model's rows in id order, with what natural keys need loaded alongside."""
    queryset = model._base_manager.using(using).order_by(model._meta.pk.name)
    natural_fks = [
        field.name for field in model._meta.concrete_fields
        if field.is_relation and hasattr(field.related_model, "natural_key")
    ]
    natural_m2m = [
        field.name for field in model._meta.many_to_many
        if field.remote_field.through._meta.auto_created and hasattr(field.related_model, "natural_key")
    ]
    if natural_fks:
        queryset = queryset.select_related(*natural_fks)
    if natural_m2m:
        queryset = queryset.prefetch_related(*natural_m2m)
    return queryset.iterator(chunk_size=2000)


def _counted(rows, counts, label):
    for row in rows:
        counts[label] = counts.get(label, 0) + 1
        yield row


def dump_database(stream, *, using=DEFAULT_DB_ALIAS):
    """Write every backed-up row to stream as JSON lines; return the row count per model."""
    counts = {}
    for model in backed_up_models(using):
        label = model._meta.label_lower
        counts[label] = 0
        serializers.serialize(
            "jsonl", _counted(_rows(model, using), counts, label), stream=stream,
            use_natural_foreign_keys=True, use_natural_primary_keys=True,
        )
    return counts


@contextlib.contextmanager
def _snapshot(using):
    """Read every table as of one moment (PostgreSQL), even while editors keep working."""
    connection = connections[using]
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def applied_migrations(using):
    recorder = MigrationRecorder(connections[using])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def file_storages():
    """Return {key: storage}: the default storage and every other one a model's file field uses."""
    found = {"media": default_storage}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            storage = getattr(field, "storage", None)
            new = all(storage is not known for known in found.values())
            if isinstance(field, FileField) and new:
                found[f"storages/{model._meta.label_lower}.{field.name}"] = storage
    return found


def media_names(storage=default_storage, folder=""):
    """Yield the name of every file in storage, walking folders."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from media_names(storage, f"{folder}/{sub}" if folder else sub)


class _HashingReader:
    """Pass a file's bytes to tarfile while computing their SHA-256."""

    def __init__(self, fileobj):
        self.fileobj, self.sha256 = fileobj, hashlib.sha256()

    def read(self, size=-1):
        data = self.fileobj.read(size)
        self.sha256.update(data)
        return data


def _add_file(archive, arcname, fileobj, size, mtime):
    info = tarfile.TarInfo(arcname)
    info.size, info.mtime, info.mode = size, int(mtime), 0o644
    reader = _HashingReader(fileobj)
    archive.addfile(info, reader)
    return reader.sha256.hexdigest()


def create_backup(*, folder, using=DEFAULT_DB_ALIAS):
    """Write one timestamped archive of the database and media into folder; return it and the row counts."""
    folder = Path(folder)
    # Archives hold password hashes and unpublished drafts: owner-only.
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    top = f"thads-backup-{stamp}"
    path = folder / f"{top}.tar.gz"
    if path.exists():
        raise BackupError(f"{path} already exists; wait a second and try again.")
    partial = path.with_name(path.name + ".partial")
    mtime = timezone.now().timestamp()
    checksums, sizes = {}, {}
    try:
        with tempfile.TemporaryDirectory() as work:
            dump = Path(work) / DATABASE_FILE
            connection = connections[using]
            with _snapshot(using), dump.open("w", encoding="utf-8") as stream:
                counts = dump_database(stream, using=using)
                migrations = applied_migrations(using)
            with tarfile.open(partial, "w:gz") as archive:
                partial.chmod(0o600)
                with dump.open("rb") as handle:
                    sizes[DATABASE_FILE] = dump.stat().st_size
                    checksums[DATABASE_FILE] = _add_file(
                        archive, f"{top}/{DATABASE_FILE}", handle, sizes[DATABASE_FILE], mtime
                    )
                for key, storage in file_storages().items():
                    for name in media_names(storage):
                        with storage.open(name, "rb") as handle:
                            sizes[f"{key}/{name}"] = storage.size(name)
                            checksums[f"{key}/{name}"] = _add_file(
                                archive, f"{top}/{key}/{name}", handle, sizes[f"{key}/{name}"], mtime
                            )
                manifest = json.dumps({
                    "format": FORMAT, "created_at": timezone.localtime().isoformat(),
                    "database_vendor": connection.vendor, "django": django.get_version(),
                    "migrations": migrations, "counts": counts, "files": checksums, "sizes": sizes,
                }, ensure_ascii=False, indent=1).encode()
                _add_file(archive, f"{top}/{MANIFEST_FILE}", io.BytesIO(manifest), len(manifest), mtime)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.rename(path)
    return path, counts


def describe(counts):
    """Return a short human summary of row counts."""
    biggest = sorted(counts.items(), key=lambda item: -item[1])[:6]
    return f"{sum(counts.values())} rows (" + ", ".join(f"{label}: {rows}" for label, rows in biggest) + ")"
