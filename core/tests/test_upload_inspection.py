"""One inspection for every upload: disguised active content is refused everywhere (cms/filecheck, cms/filechecks)."""

import base64
import binascii
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from core.files.checks import check_upload, clean_attachment
from core.files.inspection import inspect_pdf
from core.testing.factories import package, pdf
from documents.admin import DocumentFileForm
from documents.models import DocumentFile
from documents.tests.factories import make_document
from feedback.models import Submission
from feedback.tests.factories import form_data, make_field
from procedures.admin import ProcedureFormForm
from procedures.models import Procedure, ProcedureForm

PDF_ACTIVE = "Tệp PDF này có chứa mã lệnh hoặc thao tác tự chạy khi mở"
MACROS = "Tài liệu này có chứa macro (mã Visual Basic)"


def _object_stream(content, *, encode=lambda data: data, filters=b"/FlateDecode"):
    hidden = encode(zlib.compress(content))
    return (b"1 0 obj<</Type/Catalog/Pages 4 0 R/OpenAction 2 0 R>>endobj 3 0 obj<</Type/ObjStm/N 1/First 4/Filter "
            + filters + b"/Length " + str(len(hidden)).encode() + b">>stream\n" + hidden + b"\nendstream endobj")


ACTIVE_PDFS = {
    "hex-escaped-javascript": pdf(b"1 0 obj<</Type/Catalog/OpenAction<</S/J#61vaScript/J#53(app.alert(1))>>>>endobj"),
    "hex-escaped-launch": pdf(b"1 0 obj<</Type/Catalog/OpenAction<</S/#4c#61unch/F(cmd.exe)>>>>endobj"),
    "javascript-in-object-stream": pdf(_object_stream(b"2 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj")),
    "hex-escaped-in-object-stream": pdf(_object_stream(b"2 0 obj<</S/Launch/F(calc.exe)>>endobj".replace(
        b"/Launch", b"/La#75nch"))),
    "object-stream-under-asciihex": pdf(_object_stream(
        b"2 0 obj<</S/JavaScript/JS(x)>>endobj", encode=lambda data: binascii.hexlify(data) + b">",
        filters=b"[/ASCIIHexDecode/FlateDecode]")),
    "object-stream-under-ascii85": pdf(_object_stream(
        b"2 0 obj<</S/JavaScript/JS(x)>>endobj", encode=lambda data: base64.a85encode(data, adobe=True),
        filters=b"[/ASCII85Decode/FlateDecode]")),
    "embedded-file": pdf(b"1 0 obj<</Type/Catalog/Names<</EmbeddedFiles 2 0 R>>>>endobj"),
}
MACRO_DOCX = package(parts={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
CLEAN_PDF = pdf(b"1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction[3 0 R/Fit]>>endobj "
                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj")
ACTIVE = [*ACTIVE_PDFS.values(), MACRO_DOCX]
IDS = [*ACTIVE_PDFS, "docx-with-macros"]


@pytest.fixture
def field(db):
    """The field of law the question form offers (the form needs one)."""
    return make_field(name="Thủ tục thi hành án", slug="thu-tuc")


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def _name(data):
    return "tep.pdf" if data.startswith(b"%PDF-") else "tep.docx"


@pytest.mark.parametrize("data", ACTIVE_PDFS.values(), ids=ACTIVE_PDFS)
def test_the_shared_inspector_refuses_disguised_active_pdfs(data):
    with pytest.raises(ValidationError) as caught:
        inspect_pdf(data)
    assert PDF_ACTIVE in " ".join(caught.value.messages)


@pytest.mark.django_db
@pytest.mark.parametrize("data", ACTIVE, ids=IDS)
def test_the_citizens_attachment_is_refused(client, field, data):
    response = client.post("/hoi-dap/gui-cau-hoi/", form_data(attachment=upload(_name(data), data)))
    assert response.status_code == 400
    page = response.content.decode()
    # A macro document is not a PDF or a picture: refused for its type, before any inspection.
    assert (PDF_ACTIVE if data.startswith(b"%PDF-") else "Chỉ có thể đính kèm tệp PDF") in page
    assert "Thủ tục nhận tiền thi hành án" in page  # what was typed is kept
    assert not Submission.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("data", ACTIVE, ids=IDS)
def test_the_documents_upload_refuses_it(data):
    document = make_document()
    form = DocumentFileForm(data={"position": 0}, files={"file": upload(_name(data), data)},
                            instance=DocumentFile(document=document))
    assert not form.is_valid()
    assert (PDF_ACTIVE if data.startswith(b"%PDF-") else MACROS) in form.errors["file"][0]
    assert not DocumentFile.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("data", ACTIVE, ids=IDS)
def test_the_procedures_upload_refuses_it(data):
    procedure = Procedure.objects.create(name="Thủ tục yêu cầu thi hành án", steps="Bước 1")
    form = ProcedureFormForm(data={"title": "Mẫu đơn", "position": 0}, files={"file": upload(_name(data), data)},
                             instance=ProcedureForm(procedure=procedure))
    assert not form.is_valid()
    assert (PDF_ACTIVE if data.startswith(b"%PDF-") else MACROS) in form.errors["file"][0]
    assert not ProcedureForm.objects.exists()


@pytest.mark.parametrize("data", ACTIVE, ids=IDS)
def test_the_news_attachment_refuses_it(data):
    with pytest.raises(ValidationError) as caught:
        clean_attachment(upload(_name(data), data))
    assert (PDF_ACTIVE if data.startswith(b"%PDF-") else MACROS) in " ".join(caught.value.messages)


@pytest.mark.django_db
def test_a_clean_pdf_is_accepted_by_every_upload(client, field):
    assert check_upload(upload("quyet-dinh.pdf", CLEAN_PDF)).kind == "pdf"
    assert clean_attachment(upload("thong-bao.pdf", CLEAN_PDF)).kind == "pdf"
    document = make_document()
    form = DocumentFileForm(data={"position": 0}, files={"file": upload("van-ban.pdf", CLEAN_PDF)},
                            instance=DocumentFile(document=document))
    assert form.is_valid(), form.errors
    response = client.post("/hoi-dap/gui-cau-hoi/", form_data(attachment=upload("don.pdf", CLEAN_PDF)))
    assert response.status_code == 302
    assert Submission.objects.get().attachment.name.endswith(".pdf")
