"""Whether an uploaded file is acceptable: the one decision every upload goes through.

The type comes from the bytes, never the name or the browser's Content-Type: a PDF starts
with %PDF- and ends with %%EOF, a DOCX or XLSX is a ZIP whose [Content_Types].xml declares
the main Word or Excel part (which must be present; macro-enabled packages declare another),
a picture must decode in Pillow and is re-encoded (core.files.images). PDF and Office files are
then inspected for macros, outside links and scripts (core.files.inspection). Each caller names
the kinds it accepts and its size limit; it sees a CheckedUpload or a ValidationError in Vietnamese.
The stored name is an ASCII slug with the extension of the detected kind.
"""

import io
import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from core.files.images import clean_image, contains_markup
from core.files.inspection import inspect_document
from core.text import slugify_vi

PDF = "pdf"
DOCX = "docx"
XLSX = "xlsx"
IMAGE = "image"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_IMAGE_TYPES = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif"}
# The main part each Office kind declares in [Content_Types].xml, and the folder holding it.
_OFFICE_MAIN = {
    DOCX: ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/"),
    XLSX: ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/"),
}
_MAX_CONTENT_TYPES_BYTES = 1024 * 1024
LABELS = {PDF: "PDF", DOCX: "Word (DOCX)", XLSX: "Excel (XLSX)"}
# Picture errors said as they are; any other means "not a picture", answered with what may be uploaded.
_PICTURE_ERRORS_KEPT = {"too_large", "bomb", "polyglot", "name"}


class CheckedUpload(ContentFile):
    """File content whose kind was detected from its bytes."""

    def __init__(self, content, *, name, kind, content_type, original_name):
        super().__init__(content, name=name)
        self.kind = kind
        self.content_type = content_type
        # The name as the user's computer spelled it (Vietnamese letters kept), for display.
        self.original_name = original_name


def detect_kind(data):
    """Return PDF, DOCX or XLSX for bytes that really are such a file, else None."""
    if data.startswith(PDF_MAGIC) and b"%%EOF" in data[-2048:]:
        return PDF
    if not data.startswith(ZIP_MAGIC):
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


def _too_large(max_bytes):
    return ValidationError(_("The file is too large (limit %(limit)s MB).") % {"limit": max_bytes // (1024 * 1024)},
                           code="too_large")


def _refusal(kinds):
    allowed = ", ".join(LABELS[k] for k in kinds if k in LABELS)
    return ValidationError(
        _("The content of this file is not %(allowed)s, whatever its name says.") % {"allowed": allowed},
        code="type")


def check_upload(upload, *, kinds=(PDF, DOCX), max_bytes=DEFAULT_MAX_BYTES, refused=None, default_stem="tep",
                 not_office=None, picture_errors=_PICTURE_ERRORS_KEPT):
    """Return a CheckedUpload of upload if its content is one of kinds, else raise ValidationError.

    refused is the ValidationError for content of another kind (by default: which kinds may be uploaded).
    """
    if isinstance(upload, CheckedUpload):
        return upload
    if upload.size is not None and upload.size > max_bytes:
        raise _too_large(max_bytes)
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(max_bytes)
    if not data:
        raise ValidationError(_("The file is empty."), code="empty")
    return check_bytes(data, name=upload.name, kinds=kinds, refused=refused, default_stem=default_stem,
                       not_office=not_office, picture_errors=picture_errors)


def check_bytes(data, *, name, kinds=(PDF, DOCX), refused=None, default_stem="tep", not_office=None,
                picture_errors=_PICTURE_ERRORS_KEPT):
    """Return a CheckedUpload of data if it is one of kinds and carries no active content.

    not_office is the error for a ZIP that is no Word or Excel file; picture_errors the picture
    errors said as they are (any other is answered with refused).
    """
    refused = refused or _refusal(kinds)
    original = os.path.basename(name or "")
    stem = slugify_vi(os.path.splitext(original)[0], max_length=80) or default_stem
    kind = detect_kind(data)
    if kind is None and PDF in kinds and data.startswith(PDF_MAGIC):
        raise ValidationError(_("The PDF file is damaged or incomplete."), code="invalid")
    if kind is None and IMAGE in kinds and not data.startswith((PDF_MAGIC, ZIP_MAGIC)):
        return _check_picture(data, name=original, stem=stem, refused=refused, kept=picture_errors)
    if kind is None and not_office is not None and data.startswith(ZIP_MAGIC):
        raise not_office
    if kind not in kinds:
        raise refused
    inspect_document(data)
    if kind == PDF and contains_markup(data[:4096]):
        # A web page that starts like a PDF, for a browser that sniffs it.
        raise ValidationError(_("The PDF file contains scripts or embedded files and was refused."), code="active")
    return CheckedUpload(data, name=f"{stem}.{kind}", kind=kind, content_type=CONTENT_TYPES[kind],
                         original_name=original or f"{stem}.{kind}")


def _check_picture(data, *, name, stem, refused, kept):
    try:
        picture = clean_image(ContentFile(data, name=name))
    except ValidationError as error:
        if error.code in kept:
            raise
        raise refused from None
    extension = picture.name.rsplit(".", 1)[-1]
    return CheckedUpload(picture.read(), name=f"{stem}.{extension}", kind=IMAGE,
                         content_type=_IMAGE_TYPES.get(extension, "application/octet-stream"),
                         original_name=name or f"{stem}.{extension}")


# What each kind of upload accepts: one line per use, the decision above.

def clean_attachment(upload):
    """Check an article's or a notice's attachment: PDF, DOCX, XLSX or a picture."""
    return check_upload(
        upload, kinds=(PDF, DOCX, XLSX, IMAGE), max_bytes=settings.ATTACHMENT_MAX_BYTES, default_stem="tep-dinh-kem",
        picture_errors={"too_large", "bomb"},
        not_office=ValidationError(
            _("This ZIP file is not a Word (DOCX) or Excel (XLSX) document. "
              "Only PDF, DOCX, XLSX files and pictures can be attached."), code="not_office"),
        refused=ValidationError(
            _("The content of this file is not PDF, DOCX, XLSX or a picture, whatever its name says. "
              "Only those files can be attached."), code="type"))


def check_citizen_attachment(upload):
    """Check the attachment of a citizen's question or feedback: a PDF or a picture."""
    return check_upload(
        upload, kinds=(PDF, IMAGE), max_bytes=settings.FEEDBACK_ATTACHMENT_MAX_BYTES,
        refused=ValidationError(_("Only PDF files or pictures (JPEG, PNG) can be attached."), code="format"))
