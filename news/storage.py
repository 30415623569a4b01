"""Where attachments are kept: the shared private storage (migrations name this module)."""

from cms.storage import PrivateStorage, private_storage

__all__ = ["PrivateStorage", "private_storage"]
