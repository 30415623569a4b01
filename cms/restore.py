"""Restore an archive written by cms.backup: check every file, then load rows and files.

Nothing is written until every file matches the manifest; rows load in one
transaction; files are written through the storage API afterwards. Rows of models
without a natural key go in by multi-row INSERTs of BATCH rows, as stored (raw: ids
and auto_now timestamps kept), which is what loaddata does one row at a time; rows
matched by a natural key (groups, content types, permissions) are saved one by one
as loaddata would, since they may already exist.
"""

import hashlib
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.files import File
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from cms.backup import DATABASE_FILE, FORMAT, MANIFEST_FILE, BackupError, applied_migrations, file_storages

CHUNK = 1024 * 1024
BATCH = 2000


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
    missing = sorted(set(manifest.get("migrations", [])) - set(applied_migrations(using)))
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


def _bulk_insertable(model):
    """Return True if the model's rows can go in as plain multi-row INSERTs."""
    return not hasattr(model, "natural_key") and not model._meta.parents


class _RowLoader:
    """Insert deserialized rows in batches per model; many-to-many links after their rows."""

    def __init__(self, using):
        self.using, self.batch, self.model, self.links, self.deferred = using, [], None, {}, []
        self.models = set()

    def add(self, deserialized):
        obj = deserialized.object
        model = type(obj)
        self.models.add(model)
        if model is not self.model:
            self.flush()
            self.model = model
        if _bulk_insertable(model):
            self.batch.append(obj)
            for name, targets in (deserialized.m2m_data or {}).items():
                self._link(model, obj, name, targets)
            if len(self.batch) >= BATCH:
                self.flush()
        else:
            deserialized.save(using=self.using)
        if deserialized.deferred_fields:
            self.deferred.append(deserialized)

    def _link(self, model, obj, name, targets):
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        self.links.setdefault(through, []).extend(
            through(**{f"{source}_id": obj.pk, f"{target}_id": pk}) for pk in targets)

    def flush(self):
        if self.batch:
            fields = [f for f in self.model._meta.local_concrete_fields if not f.generated]
            connection = connections[self.using]
            if connection.vendor == "postgresql":
                _copy_rows(connection, self.model, fields, self.batch)
            else:
                # raw=True: values as stored, no pre_save() (auto_now would stamp the restore time).
                self.model._base_manager.using(self.using)._insert(self.batch, fields=fields, raw=True)
            self.batch = []

    def finish(self):
        self.flush()
        for through, rows in self.links.items():
            through._base_manager.using(self.using).bulk_create(rows, batch_size=BATCH)
            self.models.add(through)
        for deserialized in self.deferred:
            deserialized.save_deferred_fields(using=self.using)
        connection = connections[self.using]
        statements = connection.ops.sequence_reset_sql(no_style(), list(self.models))
        if statements:
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)


def _copy_rows(connection, model, fields, objects):
    """Write objects' stored values with PostgreSQL's COPY: what _insert(raw=True) writes, without SQL to parse."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    with connection.cursor() as cursor, cursor.cursor.copy(
            f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
        for obj in objects:
            copy.write_row([field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields])


def load_rows(path, using=DEFAULT_DB_ALIAS):
    """Load a backup's JSON-lines rows into the database (inside the caller's transaction)."""
    connection = connections[using]
    loader = _RowLoader(using)
    with connection.constraint_checks_disabled(), open(path, encoding="utf-8") as stream:
        objects = serializers.deserialize("jsonl", stream, using=using, ignorenonexistent=True,
                                          handle_forward_references=True)
        for deserialized in objects:
            loader.add(deserialized)
        loader.finish()
    # As loaddata does: constraints the load skipped are checked once at the end.
    connection.check_constraints(table_names=[model._meta.db_table for model in loader.models])


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
            # Newer code (checked above) may have dropped a field the backup still has (ignored).
            load_rows(top / DATABASE_FILE, using=using)
            short = {
                label: (rows, apps.get_model(label)._base_manager.using(using).count())
                for label, rows in counts.items()
            }
            short = {label: pair for label, pair in short.items() if pair[1] < pair[0]}
            if short:
                raise BackupError(f"Rows went missing while loading, nothing was restored: {short}.")
        _restore_media(top, files, storages)
    return counts
