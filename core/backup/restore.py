"""Restore an archive written by core.backup.archive: check every file, then load rows and files.

The archive is read twice as a stream: once for its manifest (its last member), then to
copy each member to a temporary folder, checked against the manifest while it is copied
(name, size, checksum, a bound on the total), so a hostile archive is refused before it
fills the disk. Nothing goes into the database or storage until every file matches; rows load in one
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
import zlib
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.files import File
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from core.backup.archive import DATABASE_FILE, FORMAT, MANIFEST_FILE, BackupError, applied_migrations, file_storages

CHUNK = 1024 * 1024
BATCH = 2000
# Defaults of BACKUP_RESTORE_MAX_BYTES and BACKUP_RESTORE_MAX_FILES: far above a real portal's
# backup, low enough that a hostile archive cannot fill the disk or the memory.
MAX_BYTES = 50 * 1024 ** 3
MAX_FILES = 500_000
MAX_MANIFEST_BYTES = 256 * 1024 * 1024


def _limits():
    return (getattr(settings, "BACKUP_RESTORE_MAX_BYTES", MAX_BYTES),
            getattr(settings, "BACKUP_RESTORE_MAX_FILES", MAX_FILES))


def _members(archive_path):
    """Yield (archive, member, name inside the top folder) of a gzip tar read as a stream, refusing odd members.

    Only regular files under one top folder are accepted: no links, devices, folders, sparse files,
    absolute names or "..", and no more members than the file limit.
    """
    _max_bytes, max_files = _limits()
    top = None
    with tarfile.open(archive_path, "r|gz") as archive:
        count = 0
        while (member := archive.next()) is not None:
            archive.members.clear()  # a stream keeps every header it read; the count bounds ours
            count += 1
            if count > max_files + 1:
                raise BackupError(f"{archive_path} holds more than {max_files} files; nothing was restored.")
            parts = PurePosixPath(member.name).parts
            if not member.isreg() or member.sparse is not None:
                raise BackupError(f"{archive_path} is not a readable backup archive: {member.name!r} is not a "
                                  "plain file (a link, folder or device); nothing was restored.")
            if (member.name.startswith("/") or "\\" in member.name or len(parts) < 2
                    or any(part in ("", ".", "..") for part in parts)):
                raise BackupError(f"{archive_path} is not a readable backup archive: {member.name!r} is "
                                  "outside its folder; nothing was restored.")
            if top is None:
                top = parts[0]
            if parts[0] != top:
                raise BackupError(f"{archive_path} is not a readable backup archive: {member.name!r} is "
                                  f"outside its folder {top!r}; nothing was restored.")
            yield archive, member, "/".join(parts[1:])


def _read_manifest(archive_path):
    """Return the manifest of an archive, reading the headers only (the manifest is its last member)."""
    manifest = None
    for archive, member, name in _members(archive_path):
        if name != MANIFEST_FILE:
            continue
        if manifest is not None or member.size > MAX_MANIFEST_BYTES:
            raise BackupError(f"{archive_path} is not a backup made by `manage.py backup` (odd manifest).")
        try:
            manifest = json.loads(archive.extractfile(member).read().decode("utf-8"))
        except ValueError as error:
            raise BackupError(f"The manifest of {archive_path} is damaged: {error}") from error
    if not isinstance(manifest, dict):
        raise BackupError(f"{archive_path} is not a backup made by `manage.py backup` (no manifest).")
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive_path} has format {manifest.get('format')!r}; this version reads {FORMAT}.")
    files, sizes = manifest.get("files"), manifest.get("sizes", {})
    if not isinstance(files, dict) or not isinstance(sizes, dict) or DATABASE_FILE not in files:
        raise BackupError(f"The manifest of {archive_path} lists no database file; nothing was restored.")
    return manifest


def _extract(archive_path, work):
    """Unpack the archive into work, checking every member against the manifest as it is written.

    Return the folder and the manifest. Each member is copied in chunks while hashed; one that is
    not listed, longer than the manifest says, or that takes the total over the sum of the listed
    sizes (or BACKUP_RESTORE_MAX_BYTES) stops the restore at once, before more is written.
    """
    max_bytes, _max_files = _limits()
    try:
        manifest = _read_manifest(archive_path)
        expected, sizes = manifest["files"], manifest.get("sizes", {})
        if sizes and (set(sizes) != set(expected) or not all(isinstance(v, int) for v in sizes.values())):
            raise BackupError(f"The manifest of {archive_path} is damaged (its sizes and files differ).")
        # Archives made before the manifest listed sizes are bound by the setting alone.
        bound = sum(sizes.values()) if sizes else max_bytes
        if bound > max_bytes:
            raise BackupError(f"{archive_path} would unpack to {bound} bytes, more than BACKUP_RESTORE_MAX_BYTES "
                              f"({max_bytes}); nothing was restored.")
        top, written, seen, problems = Path(work) / "backup", 0, set(), []
        for archive, member, name in _members(archive_path):
            if name == MANIFEST_FILE:
                continue
            if name not in expected or name in seen:
                raise BackupError(f"The archive has been altered or damaged, nothing was restored "
                                  f"(not in the manifest: {name}).")
            seen.add(name)
            size = sizes.get(name, member.size)
            if member.size != size:
                raise BackupError(f"The archive has been altered or damaged, nothing was restored (checksum "
                                  f"differs: {name}, {member.size} bytes where the manifest says {size}).")
            if written + size > bound:
                raise BackupError(f"{archive_path} unpacks to more than {bound} bytes (at {name}); "
                                  "nothing was restored.")
            target = top / name
            target.parent.mkdir(parents=True, exist_ok=True)
            digest, copied = hashlib.sha256(), 0
            with archive.extractfile(member) as source, open(target, "xb") as handle:
                while chunk := source.read(CHUNK):
                    copied += len(chunk)
                    if copied > size:
                        raise BackupError(f"The archive has been altered or damaged, nothing was restored "
                                          f"(checksum differs: {name} is longer than its header says).")
                    digest.update(chunk)
                    handle.write(chunk)
            written += copied
            if digest.hexdigest() != expected[name]:
                problems.append(f"checksum differs: {name}")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise BackupError(f"{archive_path} is not a readable backup archive: {error}") from error
    problems += [f"missing: {name}" for name in sorted(set(expected) - seen)]
    if problems:
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise BackupError(f"The archive has been altered or damaged, nothing was restored ({shown}).")
    return top, manifest


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
