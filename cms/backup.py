"""One-file backups: every model's rows (portable JSON lines) and every media file.

The archive is a tar.gz holding one folder:
  manifest.json   format, date, database vendor, applied migrations, row counts,
                  and the SHA-256 of every other file
  db.jsonl        Django's JSON-lines serialisation with natural keys, one row a line
  media/...       the files of the default storage (MEDIA_ROOT or a bucket), byte for byte
  storages/KEY/.. the files of any other storage a file field names (e.g. private
                  attachments), KEY being the first such field's app.model.field

Rows are written model by model through server-side iterators and read back line by
line, so memory stays flat however many articles there are. Natural keys (users by
name, groups by name, permissions and content types by app and model) make the dump
independent of the ids a fresh database gives to content types, permissions and to
the roles that migrations create.
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
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, router, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import FileField
from django.utils import timezone

FORMAT = "thads-backup/1"
DATABASE_FILE = "db.jsonl"
MANIFEST_FILE = "manifest.json"
CHUNK = 1024 * 1024
# Rebuilt by migrate (content types, permissions) or not worth keeping (sessions,
# login-failure bookkeeping).
EXCLUDED_MODELS = {
    "contenttypes.contenttype", "auth.permission", "sessions.session",
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


def _applied_migrations(using):
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
    checksums = {}
    try:
        with tempfile.TemporaryDirectory() as work:
            dump = Path(work) / DATABASE_FILE
            connection = connections[using]
            with _snapshot(using), dump.open("w", encoding="utf-8") as stream:
                counts = dump_database(stream, using=using)
                migrations = _applied_migrations(using)
            with tarfile.open(partial, "w:gz") as archive:
                partial.chmod(0o600)
                with dump.open("rb") as handle:
                    checksums[DATABASE_FILE] = _add_file(
                        archive, f"{top}/{DATABASE_FILE}", handle, dump.stat().st_size, mtime
                    )
                for key, storage in file_storages().items():
                    for name in media_names(storage):
                        with storage.open(name, "rb") as handle:
                            checksums[f"{key}/{name}"] = _add_file(
                                archive, f"{top}/{key}/{name}", handle, storage.size(name), mtime
                            )
                manifest = json.dumps({
                    "format": FORMAT, "created_at": timezone.localtime().isoformat(),
                    "database_vendor": connection.vendor, "django": django.get_version(),
                    "migrations": migrations, "counts": counts, "files": checksums,
                }, ensure_ascii=False, indent=1).encode()
                _add_file(archive, f"{top}/{MANIFEST_FILE}", io.BytesIO(manifest), len(manifest), mtime)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.rename(path)
    return path, counts


# --- Restore --------------------------------------------------------------------
def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _extract(archive_path, work):
    """Unpack the archive safely into work and return its checked folder and manifest."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            # The "data" filter refuses absolute paths, "..", links out of the folder and devices.
            archive.extractall(work, filter="data")
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"{archive_path} is not a readable backup archive: {error}") from error
    tops = list(Path(work).iterdir())
    if len(tops) != 1 or not (tops[0] / MANIFEST_FILE).is_file():
        raise BackupError(f"{archive_path} is not a backup made by `manage.py backup` (no manifest).")
    top = tops[0]
    try:
        manifest = json.loads((top / MANIFEST_FILE).read_text(encoding="utf-8"))
    except ValueError as error:
        raise BackupError(f"The manifest of {archive_path} is damaged: {error}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive_path} has format {manifest.get('format')!r}; this version reads {FORMAT}.")
    _verify(top, manifest)
    return top, manifest


def _verify(top, manifest):
    """Refuse an archive whose files differ in any way from its manifest."""
    expected = manifest.get("files") or {}
    present = {
        path.relative_to(top).as_posix() for path in top.rglob("*") if path.is_file()
    } - {MANIFEST_FILE}
    problems = []
    problems += [f"missing: {name}" for name in sorted(set(expected) - present)]
    problems += [f"not in the manifest: {name}" for name in sorted(present - set(expected))]
    problems += [
        f"checksum differs: {name}" for name in sorted(present & set(expected))
        if _sha256(top / name) != expected[name]
    ]
    if DATABASE_FILE not in expected:
        problems.append(f"missing: {DATABASE_FILE}")
    if problems:
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise BackupError(f"The archive has been altered or damaged, nothing was restored ({shown}).")


def rows_in_the_way(labels, using=DEFAULT_DB_ALIAS):
    """Return {model: rows} for rows already in the database that a restore would mix with.

    Rows of models with a natural key other than users (e.g. the role groups that
    migrations create) are matched by that key and updated, so they are not in the way.
    """
    found = {}
    for label in labels:
        model = apps.get_model(label)
        if hasattr(model, "natural_key") and label != "auth.user":
            continue
        count = model._base_manager.using(using).count()
        if count:
            found[label] = count
    return found


def _check_migrations(manifest, using):
    missing = sorted(set(manifest.get("migrations", [])) - set(_applied_migrations(using)))
    if missing:
        raise BackupError(
            "This database lacks migrations the backup was made with; run `manage.py migrate` with the "
            f"same or newer code first (missing: {', '.join(missing[:5])}{'…' if len(missing) > 5 else ''})."
        )


def _storage_for(name, storages):
    """Return the storage an archived file belongs to and its name there."""
    for key, storage in storages.items():
        if name.startswith(f"{key}/"):
            return storage, name.removeprefix(f"{key}/")
    raise BackupError(f"The backup holds {name}, which belongs to no file storage of this code.")


def _restore_media(top, names, storages):
    for name in names:
        storage, target = _storage_for(name, storages)
        if storage.exists(target):
            storage.delete(target)
        with open(top / name, "rb") as handle:
            saved = storage.save(target, File(handle, name=target))
        if saved != target:
            raise BackupError(f"The media storage renamed {target} to {saved}; restore stopped.")


def restore_backup(*, archive, force=False, using=DEFAULT_DB_ALIAS):
    """Load an archive into this database and media storage; return the row counts restored.

    Without force the database must hold no rows that the archive would collide with;
    with force everything in the database is deleted first.
    """
    with tempfile.TemporaryDirectory() as work:
        top, manifest = _extract(archive, work)
        counts = manifest.get("counts", {})
        unknown = [label for label in counts if label not in {m._meta.label_lower for m in apps.get_models()}]
        if unknown:
            raise BackupError(f"The backup holds models this code does not have: {', '.join(unknown)}.")
        _check_migrations(manifest, using)
        storages = file_storages()
        files = sorted(name for name in manifest["files"] if name != DATABASE_FILE)
        for name in files:
            _storage_for(name, storages)
        in_the_way = rows_in_the_way(counts, using)
        if in_the_way and not force:
            listed = ", ".join(f"{label} ({rows})" for label, rows in sorted(in_the_way.items()))
            raise BackupError(
                f"The database is not empty: {listed}. Restore into a freshly migrated database, "
                "or pass --force to delete everything in it first."
            )
        with transaction.atomic(using=using):
            if force:
                call_command("flush", database=using, interactive=False, verbosity=0)
            # Newer code (checked above) may have dropped a field the backup still has.
            call_command("loaddata", str(top / DATABASE_FILE), database=using, verbosity=0, ignorenonexistent=True)
            short = {
                label: (rows, apps.get_model(label)._base_manager.using(using).count())
                for label, rows in counts.items()
            }
            short = {label: pair for label, pair in short.items() if pair[1] < pair[0]}
            if short:
                raise BackupError(f"Rows went missing while loading, nothing was restored: {short}.")
        _restore_media(top, files, storages)
    return counts


def describe(counts):
    """Return a short human summary of row counts."""
    biggest = sorted(counts.items(), key=lambda item: -item[1])[:6]
    return f"{sum(counts.values())} rows (" + ", ".join(f"{label}: {rows}" for label, rows in biggest) + ")"
