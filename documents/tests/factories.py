"""Small builders for documents: only what a test names differs from the default."""

import datetime
import io
import itertools
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from documents.models import Document, IssuingBody, Sector

_numbers = itertools.count(1)


def make_issuer(name=None, **fields):
    return IssuingBody.objects.create(name=name or f"Cơ quan {next(_numbers)}", **fields)


def make_sector(name=None):
    return Sector.objects.create(name=name or f"Lĩnh vực {next(_numbers)}")


def make_document(**fields):
    """Create a published document (issued 01/03/2023) unless fields say otherwise."""
    n = next(_numbers)
    if "issuer" not in fields:
        fields["issuer"] = IssuingBody.objects.filter(name="Cục THADS tỉnh Thanh Hóa").first() or make_issuer(
            "Cục THADS tỉnh Thanh Hóa")
    fields.setdefault("number", f"{n}/QĐ-CTHADS")
    fields.setdefault("kind", Document.Kind.DECISION)
    fields.setdefault("summary", f"Về việc số {n}")
    fields.setdefault("issued_on", datetime.date(2023, 3, 1))
    fields.setdefault("status", Document.Status.PUBLISHED)
    return Document.objects.create(**fields)


def docx_upload(name="van-ban.docx", main="application/vnd.openxmlformats-officedocument.wordprocessingml"
                                           ".document.main+xml"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", f'<Types><Override PartName="/word/document.xml" '
                                                f'ContentType="{main}"/></Types>')
        package.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/octet-stream")
