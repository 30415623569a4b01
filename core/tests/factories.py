"""Builders that every app's tests share: a staff user and a small PDF upload.

An app's own rows have their builders in that app's tests/factories.py.
"""

import itertools

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
