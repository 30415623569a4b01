"""The attachment of a submission: a PDF or a picture, checked by its content, never by its name.

check_pdf() checks the PDF's frame (magic bytes, end marker, no HTML pretending to be a PDF);
its active content (scripts, launch actions, embedded files, also hex-escaped or inside
compressed object streams) is judged by the shared inspector, core.files.filechecks, as for every upload.
"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from core.files.filechecks import inspect_pdf
from core.files.images import clean_image, contains_markup
from core.text import slugify_vi

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"


def _too_large():
    limit = settings.FEEDBACK_ATTACHMENT_MAX_BYTES // (1024 * 1024)
    return ValidationError(_("The file is too large (limit %(limit)s MB).") % {"limit": limit}, code="too_large")


def _stem(name, default):
    return slugify_vi(os.path.splitext(os.path.basename(name or ""))[0], max_length=80) or default


def check_pdf(data, name):
    """Return a ContentFile of a PDF's bytes, or raise ValidationError if they are not a plain PDF."""
    if not data.startswith(PDF_MAGIC):
        raise ValidationError(_("Only PDF files or pictures (JPEG, PNG) can be attached."), code="format")
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError(_("The PDF file is damaged or incomplete."), code="invalid")
    inspect_pdf(data)
    if contains_markup(data[:4096]):
        raise ValidationError(_("The PDF file contains scripts or embedded files and was refused."),
                              code="active")
    return ContentFile(data, name=f"{_stem(name, 'tep')}.pdf")


def check_attachment(upload):
    """Return a safe ContentFile for an uploaded PDF or picture, or raise ValidationError."""
    limit = settings.FEEDBACK_ATTACHMENT_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise _too_large()
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise _too_large()
    if data.startswith(PDF_MAGIC):
        return check_pdf(data, upload.name)
    if data.startswith(ZIP_MAGIC):
        # A Word or Excel file (a zip of XML) is no picture: say what may be attached, not "hidden code".
        raise ValidationError(_("Only PDF files or pictures (JPEG, PNG) can be attached."), code="format")
    upload.seek(0)
    try:
        return clean_image(upload)
    except ValidationError as error:
        if error.code in ("invalid", "format"):
            # Neither a PDF nor a picture: say what may be attached rather than "not a picture".
            raise ValidationError(_("Only PDF files or pictures (JPEG, PNG) can be attached."),
                                  code="format") from None
        raise
