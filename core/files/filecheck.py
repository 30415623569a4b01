"""Files checked by their bytes: magic numbers and size, never the name or the browser's type.

One place for every app that accepts a document file (documents, procedures' forms, news
attachments and notices, the citizens' attachments): the type is detected from the content,
then the content is inspected for macros, outside links and scripts (core.files.filechecks).
Callers only see a CheckedUpload or a ValidationError in Vietnamese.
"""

import io
import os
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from core.files.filechecks import inspect_document
from core.text import slugify_vi

PDF = "pdf"
DOCX = "docx"
XLSX = "xlsx"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# The main part each Office kind declares in [Content_Types].xml, and the folder holding it.
# Macro-enabled packages (.docm, .xlsm) declare another main part and are refused.
_OFFICE_MAIN = {
    DOCX: ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/"),
    XLSX: ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/"),
}
_MAX_CONTENT_TYPES_BYTES = 1024 * 1024
LABELS = {PDF: "PDF", DOCX: "Word (DOCX)", XLSX: "Excel (XLSX)"}


class CheckedUpload(ContentFile):
    """File content whose kind was detected from its bytes."""

    def __init__(self, content, *, name, kind, original_name):
        super().__init__(content, name=name)
        self.kind = kind
        self.content_type = CONTENT_TYPES[kind]
        self.original_name = original_name


def detect_kind(data):
    """Return PDF, DOCX or XLSX for bytes that really are such a file, else None."""
    if data.startswith(b"%PDF-") and b"%%EOF" in data[-2048:]:
        return PDF
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            info = package.getinfo("[Content_Types].xml")
            if info.file_size > _MAX_CONTENT_TYPES_BYTES:
                return None
            declared = package.read(info).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, NotImplementedError, EOFError):
        return None
    for kind, (main_type, folder) in _OFFICE_MAIN.items():
        if main_type in declared and any(name.startswith(folder) for name in names):
            return kind
    return None


def check_file(upload, *, kinds=(PDF, DOCX), max_bytes=DEFAULT_MAX_BYTES):
    """Return a CheckedUpload of upload if its content is one of kinds, else raise ValidationError."""
    if isinstance(upload, CheckedUpload):
        return upload
    if upload.size is not None and upload.size > max_bytes:
        raise ValidationError(_("The file is too large (limit %(limit)s MB).") % {"limit": max_bytes // (1024 * 1024)},
                              code="too_large")
    if not upload.size:
        raise ValidationError(_("The file is empty."), code="empty")
    upload.seek(0)
    return check_bytes(upload.read(), name=upload.name, kinds=kinds)


def check_bytes(data, *, name, kinds=(PDF, DOCX)):
    """Return a CheckedUpload of data if it is one of kinds and carries no active content."""
    kind = detect_kind(data)
    if kind not in kinds:
        allowed = ", ".join(LABELS[k] for k in kinds)
        raise ValidationError(
            _("The content of this file is not %(allowed)s, whatever its name says.") % {"allowed": allowed},
            code="type")
    inspect_document(data)
    original = os.path.basename(name or "")
    stem = slugify_vi(os.path.splitext(original)[0], max_length=80) or "tep"
    return CheckedUpload(data, name=f"{stem}.{kind}", kind=kind, original_name=original or f"{stem}.{kind}")
