"""Where attachments are kept: outside MEDIA_ROOT, served only through the download view.

A draft's files must not be reachable before the article is public, so they do not live
under /media/, which the web server serves to anyone.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models.fields.files import FieldFile
from django.urls import reverse


class PrivateStorage(FileSystemStorage):
    """File storage rooted at settings.PRIVATE_MEDIA_ROOT, read at each use (tests change it)."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; use the attachment download view.")


_storage = PrivateStorage()


def private_storage():
    """Return the storage of attachments (a callable keeps it out of migrations)."""
    return _storage


class DownloadFieldFile(FieldFile):
    """A stored attachment whose url is the permission-checked download view, never a file path."""

    @property
    def url(self):
        self._require_file()
        if self.instance.pk is None:
            raise ValueError("An attachment has no download address before it is saved.")
        return reverse("news:attachment", args=[self.instance.pk])


class PrivateFileField(models.FileField):
    """A FileField whose links (admin widget, read-only display) go through the download view."""

    attr_class = DownloadFieldFile

    def deconstruct(self):
        # Only how links are made differs: migrations see a plain FileField.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.FileField", args, kwargs
