"""Where attachments are kept: the shared private storage (migrations name this module)."""

from core.files.storage import PrivateFileField, PrivateStorage, private_storage

__all__ = ["PrivateFileField", "PrivateStorage", "private_storage"]
