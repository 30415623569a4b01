"""Private files: kept outside MEDIA_ROOT, served only through a view that checks who may see them.

A draft's attachments or a citizen's upload must not be reachable under /media/, which the
web server serves to anyone.
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
        raise ValueError("Private files have no public URL; use a download view.")


_storage = PrivateStorage()


def private_storage():
    """Return the private storage (a callable keeps it out of migrations)."""
    return _storage
