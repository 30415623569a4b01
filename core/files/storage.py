"""Private files: kept outside MEDIA_ROOT, served only through a view that checks who may see them.

A draft's attachments or a citizen's upload must not be reachable under /media/, which the
web server serves to anyone. Their links (the admin's file widget, read-only displays) go to
the owning row's get_absolute_url(): its permission-checked download view.
"""

import os
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models.fields.files import FieldFile


class PrivateStorage(FileSystemStorage):
    """File storage rooted at settings.PRIVATE_MEDIA_ROOT, read at each use (tests change it)."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; use a download view.")


_storage = PrivateStorage()


def private_storage():
    """Return the private storage (a callable keeps it out of migrations)."""
    return _storage


def token_path(prefix, filename):
    """Return prefix/<random folder>/<file name>: a name nobody can guess from the document."""
    return f"{prefix}/{secrets.token_hex(8)}/{os.path.basename(filename)}"


class DownloadFieldFile(FieldFile):
    """A stored private file whose url is its row's download view, never a file path."""

    @property
    def url(self):
        self._require_file()
        if self.instance.pk is None:
            raise ValueError("A private file has no download address before it is saved.")
        return self.instance.get_absolute_url()


class PrivateFileField(models.FileField):
    """A FileField in private storage whose links go through the row's download view."""

    attr_class = DownloadFieldFile

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("storage", private_storage)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        # Only how links are made differs: migrations see a plain FileField.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.FileField", args, kwargs


def move_field_files(*, queryset, field, source, target):
    """Move the files that queryset's rows name in field from source to target storage (a data migration's step).

    Copy first, point the row at the copy, then delete the original; a file already gone is left as it is.
    """
    for pk, name in queryset.exclude(**{field: ""}).values_list("pk", field).iterator():
        if not source.exists(name):
            continue
        with source.open(name, "rb") as original:
            stored = target.save(name, original, max_length=255)
        queryset.filter(pk=pk).update(**{field: stored})
        source.delete(name)
