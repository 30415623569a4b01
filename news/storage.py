"""Where attachments are kept: outside MEDIA_ROOT, served only through the download view.

A draft's files must not be reachable before the article is public, so they do not live
under /media/, which the web server serves to anyone.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


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
