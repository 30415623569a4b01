"""Builders that every app's tests share: a staff user, a small PDF upload, Word packages and PDFs with chosen parts.

An app's own rows have their builders in that app's tests/factories.py.
"""

import io
import itertools
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

_numbers = itertools.count(1)


def make_user(role=None, **fields):
    """Create a staff user, in the group named role (e.g. one of news.roles) when given.

    No password unless fields give one: hashing one costs ~0.2 s; tests log in with force_login.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    n = next(_numbers)
    fields.setdefault("username", f"nguoidung{n}")
    fields.setdefault("email", f"{fields['username']}@example.vn")
    fields.setdefault("is_staff", True)
    fields.setdefault("password", None)
    user = get_user_model().objects.create_user(**fields)
    if role is not None:
        user.groups.add(Group.objects.get(name=role))
    return user


# A catalogue, an empty page tree and a trailer: what every upload check wants of a PDF.
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def pdf_upload(name="tai-lieu.pdf", data=MINIMAL_PDF):
    """Return a PDF upload named name (the checks read the bytes, not the name)."""
    return SimpleUploadedFile(name, data, content_type="application/pdf")


# --- Files with chosen parts, for the upload checks -----------------------------------

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def package(*, part="word/document.xml", main_type=DOCX_MAIN, content_types=None, extra_types="", parts=None,
            document_rels=""):
    """Return the bytes of a small Office package: its main part, extra parts and relationships (None: no rels part)."""
    if content_types is None:
        content_types = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Override PartName="/{part}" ContentType="{main_type}"/>{extra_types}</Types>'
        )
    folder, _slash, leaf = part.rpartition("/")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr(part, "<document/>")
        if document_rels is not None:
            archive.writestr(f"{folder}/_rels/{leaf}.rels",
                             '<?xml version="1.0" encoding="UTF-8"?>'
                             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                             f"{document_rels}</Relationships>")
        for name, body in (parts or {}).items():
            archive.writestr(name, body)
    return buffer.getvalue()


def pdf(body):
    """Return the bytes of a minimal PDF around body."""
    return b"%PDF-1.7\n" + body + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
