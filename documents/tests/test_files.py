"""Document files are checked by their bytes; a PDF opens in the browser, other files download."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.files.checks import DOCX, PDF, check_upload
from core.testing.factories import pdf_upload
from documents.admin import DocumentFileForm
from documents.models import Document, DocumentFile
from documents.tests.factories import docx_upload, make_document
from news.tests.factories import image_upload

pytestmark = pytest.mark.django_db


def test_pdf_and_docx_are_recognised_by_content_whatever_their_names():
    assert check_upload(pdf_upload("quyet-dinh.docx")).kind == PDF
    checked = check_upload(docx_upload("Quyết định 123.pdf"))
    assert checked.kind == DOCX and checked.name == "quyet-dinh-123.docx"
    assert checked.original_name == "Quyết định 123.pdf"


@pytest.mark.parametrize("upload", [
    SimpleUploadedFile("van-ban.pdf", b"<html><script>alert(1)</script></html>"),
    image_upload("van-ban.pdf"),
    docx_upload("van-ban.docx", main="application/vnd.ms-word.document.macroEnabled.main+xml"),
    SimpleUploadedFile("van-ban.pdf", b""),
], ids=["html-named-pdf", "picture-named-pdf", "macro-docm", "empty"])
def test_a_disguised_file_is_refused_in_vietnamese_and_nothing_is_saved(upload):
    document = make_document()
    form = DocumentFileForm(data={"position": 0}, files={"file": upload}, instance=DocumentFile(document=document))
    assert not form.is_valid()
    # An empty file is refused by Django's own check ("Tập tin được gửi là rỗng."), the others by core.files.checks.
    assert any(word in form.errors["file"][0] for word in ("không phải là PDF, Word (DOCX)", "rỗng"))
    assert not DocumentFile.objects.exists()


def test_too_large_file_is_refused():
    with pytest.raises(Exception) as error:
        check_upload(pdf_upload(), max_bytes=10)
    assert "quá lớn" in str(error.value)


def test_admin_upload_then_public_inline_view_and_download(client):
    document = make_document()
    form = DocumentFileForm(data={"position": 0}, files={"file": pdf_upload("Quyết định.pdf")},
                            instance=DocumentFile(document=document))
    assert form.is_valid(), form.errors
    item = form.save()
    page = client.get(document.get_absolute_url())
    assert f'href="{item.get_absolute_url()}"' in page.text and "Quyết định.pdf" in page.text
    inline = client.get(item.get_absolute_url())
    assert inline["Content-Type"] == "application/pdf"
    assert inline["Content-Disposition"].startswith("inline;")
    assert b"".join(inline.streaming_content).startswith(b"%PDF-")
    download = client.get(item.get_absolute_url() + "?tai=1")
    assert download["Content-Disposition"].startswith("attachment;")


def test_files_of_a_draft_are_not_served(client):
    document = make_document(status=Document.Status.DRAFT)
    form = DocumentFileForm(data={"position": 0}, files={"file": pdf_upload()},
                            instance=DocumentFile(document=document))
    assert form.is_valid()
    item = form.save()
    assert client.get(item.get_absolute_url()).status_code == 404
