"""Attachments checked by content: PDF, DOCX, XLSX and pictures, nothing else.

The name and the browser's Content-Type are never trusted: a PDF starts with %PDF-,
a DOCX or XLSX is a ZIP whose [Content_Types].xml declares the main Word or Excel
part (which must be present), and a picture must decode in Pillow (core.files.images).
The stored name is an ASCII slug with the extension of the detected type. PDF and
Office files are then inspected for macros, outside links and scripts (core.files.filechecks).
"""

import os
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from core.files.filecheck import DOCX, XLSX, detect_kind
from core.files.filechecks import inspect_document
from core.files.images import clean_image
from core.text import slugify_vi

PDF = "pdf"
IMAGE = "image"

_OFFICE_TYPES = {
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_IMAGE_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}


class CheckedFile(ContentFile):
    """File content whose type was detected from its bytes."""

    def __init__(self, content, *, name, kind, content_type, original_name=""):
        super().__init__(content, name=name)
        self.kind = kind
        self.content_type = content_type
        # The name as the user's computer spelled it (Vietnamese letters kept), for display.
        self.original_name = original_name or name


def clean_attachment(upload):
    """Return a CheckedFile for an uploaded attachment, or raise ValidationError in Vietnamese."""
    if isinstance(upload, CheckedFile):
        return upload
    if upload.size is not None and upload.size > settings.ATTACHMENT_MAX_BYTES:
        limit = settings.ATTACHMENT_MAX_BYTES // (1024 * 1024)
        raise ValidationError(_("The file is too large (limit %(limit)s MB).") % {"limit": limit},
                              code="too_large")
    if not upload.size:
        raise ValidationError(_("The file is empty."), code="empty")
    upload.seek(0)
    data = upload.read()
    stem = slugify_vi(os.path.splitext(os.path.basename(upload.name or ""))[0], max_length=80) or "tep-dinh-kem"
    if data.startswith(b"%PDF-"):
        inspect_document(data)
        return CheckedFile(data, name=f"{stem}.pdf", kind=PDF, content_type="application/pdf",
                           original_name=upload.name)
    if data.startswith(b"PK\x03\x04"):
        kind = detect_kind(data)
        if kind not in _OFFICE_TYPES:
            raise ValidationError(
                _("This ZIP file is not a Word (DOCX) or Excel (XLSX) document. "
                  "Only PDF, DOCX, XLSX files and pictures can be attached."), code="not_office")
        inspect_document(data)
        return CheckedFile(data, name=f"{stem}.{kind}", kind=kind, content_type=_OFFICE_TYPES[kind],
                           original_name=upload.name)
    try:
        picture = clean_image(upload)
    except ValidationError as error:
        if error.code in {"too_large", "bomb"}:
            raise
        raise ValidationError(
            _("The content of this file is not PDF, DOCX, XLSX or a picture, whatever its name says. "
              "Only those files can be attached."), code="type") from None
    extension = picture.name.rsplit(".", 1)[-1]
    return CheckedFile(picture.read(), name=f"{stem}.{extension}", kind=IMAGE,
                       content_type=_IMAGE_TYPES.get(extension, "application/octet-stream"), original_name=upload.name)


def content_disposition(filename):
    """Return an attachment Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266)."""
    # Path separators and control characters have no place in a saved file's name.
    filename = "".join("-" if c in '/\\"' or ord(c) < 32 or ord(c) == 127 else c for c in filename).strip() or "tep"
    stem, dot, extension = filename.rpartition(".")
    if not dot:
        stem, extension = filename, ""
    ascii_name = (slugify_vi(stem, max_length=120) or "tep-dinh-kem") + (f".{extension}" if extension else "")
    ascii_name = "".join(c for c in ascii_name if c.isalnum() or c in "-._")
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"
