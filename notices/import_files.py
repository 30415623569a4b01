"""The sheets of register imports between the dry run and the apply step, kept in private storage.

A dry run stores the uploaded sheet under a random token so that the apply step imports
exactly the file that was checked. A dry run nobody applies would otherwise keep the
debtors' personal data on disk for ever: purge_stale() deletes sheets older than a day,
and the apply step refuses them as expired.
"""

import datetime
import re
import secrets

from django.core.files.base import ContentFile
from django.utils import timezone

from core.files.storage import private_storage

FOLDER = "imports"
MAX_AGE = datetime.timedelta(days=1)
TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,40}")
NAME_RE = re.compile(r"register-(?P<token>[A-Za-z0-9_-]{16,40})\.xlsx")


def _name(token):
    return f"{FOLDER}/register-{token}.xlsx"


def store(data):
    """Keep the bytes of a dry-run sheet; return the token that names it."""
    token = secrets.token_urlsafe(16)
    private_storage().save(_name(token), ContentFile(data))
    return token


def read(token, *, now=None):
    """Return the bytes of the sheet stored under token, or None if unknown, malformed or expired."""
    storage = private_storage()
    if not TOKEN_RE.fullmatch(token or ""):
        return None
    name = _name(token)
    if not storage.exists(name):
        return None
    if storage.get_modified_time(name) < (now or timezone.now()) - MAX_AGE:
        return None
    with storage.open(name) as stored:
        return stored.read()


def discard(token):
    """Delete the sheet stored under token, if any."""
    if TOKEN_RE.fullmatch(token or ""):
        private_storage().delete(_name(token))


def purge_stale(*, now=None):
    """Delete the dry-run sheets older than MAX_AGE; return how many were deleted."""
    storage = private_storage()
    if not storage.exists(FOLDER):
        return 0
    cutoff = (now or timezone.now()) - MAX_AGE
    deleted = 0
    for filename in storage.listdir(FOLDER)[1]:
        name = f"{FOLDER}/{filename}"
        if NAME_RE.fullmatch(filename) and storage.get_modified_time(name) < cutoff:
            storage.delete(name)
            deleted += 1
    return deleted
