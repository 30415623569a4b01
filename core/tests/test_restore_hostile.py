"""`manage.py restore` against hostile archives: nothing unlisted, oversized or linked is written."""

import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from core.backup import restore as restore_module
from core.backup.archive import FORMAT, BackupError

TOP = "thads-backup-20260101-000000"
MB = 1024 * 1024


class Zeros:
    """A file of size zero bytes, produced without holding it in memory."""

    def __init__(self, size):
        self.left = size

    def read(self, size=-1):
        size = self.left if size < 0 else min(size, self.left)
        self.left -= size
        return b"\0" * size


def manifest_for(files, *, sizes=True):
    """Return the manifest core.backup.archive would write for {name: bytes}."""
    manifest = {"format": FORMAT, "migrations": [], "counts": {},
                "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}}
    if sizes:
        manifest["sizes"] = {name: len(data) for name, data in files.items()}
    return manifest


def write_archive(path, members, manifest):
    """Write a gzip tar of (TarInfo, fileobj or None) members under TOP, the manifest last."""
    with tarfile.open(path, "w:gz") as archive:
        for info, fileobj in members:
            archive.addfile(info, fileobj)
        data = json.dumps(manifest).encode()
        info = tarfile.TarInfo(f"{TOP}/manifest.json")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return path


def regular(name, data):
    info = tarfile.TarInfo(f"{TOP}/{name}")
    info.size = len(data)
    return info, io.BytesIO(data)


def bytes_under(folder):
    return sum(path.stat().st_size for path in Path(folder).rglob("*") if path.is_file())


GOOD = {"db.jsonl": b"", "media/covers/anh.jpg": b"\xff\xd8 not really a photo"}


def test_a_member_far_larger_than_the_manifest_says_is_refused_before_it_is_written(tmp_path):
    listed = {**GOOD, "media/big.bin": b"0123456789"}
    big = tarfile.TarInfo(f"{TOP}/media/big.bin")
    big.size = 50 * MB  # gzip makes 50 MB of zeros about 50 KB
    archive = write_archive(tmp_path / "bomb.tar.gz",
                            [regular("db.jsonl", b""), regular("media/covers/anh.jpg", GOOD["media/covers/anh.jpg"]),
                             (big, Zeros(big.size))], manifest_for(listed))
    assert archive.stat().st_size < MB
    work = tmp_path / "work"
    work.mkdir()

    with pytest.raises(BackupError, match="altered or damaged.*media/big.bin.*52428800 bytes.*says 10"):
        restore_module._extract(archive, work)
    assert bytes_under(work) <= sum(len(data) for data in listed.values())


def test_an_archive_without_sizes_is_bound_by_the_setting(settings, tmp_path):
    settings.BACKUP_RESTORE_MAX_BYTES = MB
    big = tarfile.TarInfo(f"{TOP}/media/big.bin")
    big.size = 50 * MB
    listed = {**GOOD, "media/big.bin": b"whatever"}
    archive = write_archive(tmp_path / "bomb.tar.gz", [regular("db.jsonl", b""), (big, Zeros(big.size))],
                            manifest_for(listed, sizes=False))
    work = tmp_path / "work"
    work.mkdir()

    with pytest.raises(BackupError, match="unpacks to more than 1048576 bytes"):
        restore_module._extract(archive, work)
    assert bytes_under(work) <= MB


def test_listed_sizes_over_the_setting_are_refused_before_anything_is_written(settings, tmp_path):
    settings.BACKUP_RESTORE_MAX_BYTES = 5
    archive = write_archive(tmp_path / "a.tar.gz", [regular(name, data) for name, data in GOOD.items()],
                            manifest_for(GOOD))
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(BackupError, match="more than BACKUP_RESTORE_MAX_BYTES"):
        restore_module._extract(archive, work)
    assert list(work.iterdir()) == []


def link(kind, name):
    info = tarfile.TarInfo(f"{TOP}/{name}")
    info.type = kind
    if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        info.linkname = "/etc/passwd" if kind == tarfile.SYMTYPE else f"{TOP}/db.jsonl"
    return info, None


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.FIFOTYPE,
                                  tarfile.DIRTYPE])
def test_links_devices_and_folders_are_refused(kind, tmp_path):
    # The manifest even lists the link, as if the backup had made it.
    listed = {**GOOD, "media/passwd": b""}
    members = [regular(name, data) for name, data in GOOD.items()] + [link(kind, "media/passwd")]
    archive = write_archive(tmp_path / "link.tar.gz", members, manifest_for(listed))
    work = tmp_path / "work"
    work.mkdir()

    with pytest.raises(BackupError, match="'thads-backup-20260101-000000/media/passwd' is not a plain file"):
        restore_module._extract(archive, work)
    assert not any(path.is_symlink() or path.name == "passwd" for path in work.rglob("*"))


@pytest.mark.parametrize("name", ["/etc/cron.d/evil", f"{TOP}/media/../../evil", "other-folder/evil"])
def test_names_outside_the_archive_folder_are_refused(name, tmp_path):
    info = tarfile.TarInfo(name)
    info.size = 4
    members = [regular(n, data) for n, data in GOOD.items()] + [(info, io.BytesIO(b"evil"))]
    archive = write_archive(tmp_path / "escape.tar.gz", members, manifest_for(GOOD))
    with pytest.raises(BackupError, match="outside its folder"):
        restore_module._extract(archive, tmp_path)
    assert not any(path.name == "evil" for path in tmp_path.parent.rglob("evil"))


def test_a_member_not_in_the_manifest_is_refused_when_it_comes(tmp_path):
    members = [regular("db.jsonl", b""), regular("media/extra.html", b"<script>"),
               regular("media/covers/anh.jpg", GOOD["media/covers/anh.jpg"])]
    archive = write_archive(tmp_path / "extra.tar.gz", members, manifest_for(GOOD))
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(BackupError, match=r"not in the manifest: media/extra\.html"):
        restore_module._extract(archive, work)
    assert not list(work.rglob("extra.html")) and not list(work.rglob("anh.jpg"))


def test_a_member_twice_is_refused(tmp_path):
    members = [regular(name, data) for name, data in GOOD.items()] + [regular("db.jsonl", b"")]
    archive = write_archive(tmp_path / "twice.tar.gz", members, manifest_for(GOOD))
    with pytest.raises(BackupError, match="not in the manifest: db.jsonl"):
        restore_module._extract(archive, tmp_path / "work")


def test_too_many_members_are_refused(settings, tmp_path):
    settings.BACKUP_RESTORE_MAX_FILES = 3
    files = {**GOOD, **{f"media/{number}.txt": b"x" for number in range(10)}}
    archive = write_archive(tmp_path / "many.tar.gz", [regular(n, d) for n, d in files.items()], manifest_for(files))
    with pytest.raises(BackupError, match="more than 3 files"):
        restore_module._extract(archive, tmp_path / "work")


@pytest.mark.django_db
def test_a_good_archive_restores(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    archive = write_archive(tmp_path / "good.tar.gz", [regular(name, data) for name, data in GOOD.items()],
                            manifest_for(GOOD))
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert (tmp_path / "media" / "covers" / "anh.jpg").read_bytes() == GOOD["media/covers/anh.jpg"]


@pytest.mark.django_db
def test_the_command_says_why_a_linked_archive_is_refused(tmp_path):
    members = [regular(name, data) for name, data in GOOD.items()] + [link(tarfile.SYMTYPE, "media/passwd")]
    archive = write_archive(tmp_path / "link.tar.gz", members, manifest_for({**GOOD, "media/passwd": b""}))
    with pytest.raises(CommandError, match="not a plain file"):
        call_command("restore", str(archive), stdout=io.StringIO())
