"""Saving an upload when the disk may be full: no partial file left behind, a clear message instead of a 500."""

import errno
import logging

from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)
# The disk or the user's quota is full; other write errors are treated the same way.
FULL = {errno.ENOSPC, errno.EDQUOT}


class StorageFull(OSError):
    """A file could not be written (the disk is full or refused the write); nothing of it was kept."""


def storage_full_message():
    """Return the message shown when an upload cannot be written."""
    return _("The server has no room to store the file right now. Your text is kept below: please send it "
             "again later, without the file or with a smaller one, or call us.")


def save_file(storage, name, content, *, max_length=None):
    """Save content in storage under name (made free first) and return the name used.

    On a write error remove whatever part of the file was written and raise StorageFull.
    """
    name = storage.get_available_name(name, max_length=max_length)
    try:
        return storage.save(name, content, max_length=max_length)
    except OSError as error:
        kind = "full" if error.errno in FULL else "refused"
        logger.error("Could not store %s (disk %s): %s", name, kind, error)
        discard(storage, name)
        raise StorageFull(error.errno, str(error)) from error


def save_field_file(field_file, content):
    """Store content for a FileField of an unsaved row (like FieldFile.save(save=False)), cleaning up on failure."""
    field = field_file.field
    name = field.generate_filename(field_file.instance, content.name)
    field_file.name = save_file(field_file.storage, name, content, max_length=field.max_length)
    setattr(field_file.instance, field.attname, field_file.name)
    field_file._committed = True
    return field_file.name


def discard(storage, name):
    """Delete the file name from storage if it is there; never raise (the caller is already failing)."""
    try:
        if name and storage.exists(name):
            storage.delete(name)
    except OSError:
        logger.exception("Could not remove the partial file %s", name)
