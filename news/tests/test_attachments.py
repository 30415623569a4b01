"""Attachments: accepted by content only, size-capped, listed under the article, downloaded safely."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.files.checks import clean_attachment
from core.testing.factories import pdf_upload
from news.models import Attachment
from news.tests.factories import admin_form_data, image_upload, make_article, office_upload

TYPE_REFUSED = "Nội dung tệp này không phải PDF, DOCX, XLSX hay ảnh"


@pytest.mark.parametrize(("upload", "kind", "name", "content_type"), [
    (pdf_upload("Thông báo số 12.pdf"), "pdf", "thong-bao-so-12.pdf", "application/pdf"),
    (office_upload("Kế hoạch năm.docx", "docx"), "docx", "ke-hoach-nam.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (office_upload("Bảng chỉ tiêu.xlsx", "xlsx"), "xlsx", "bang-chi-tieu.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (image_upload("Ảnh hội nghị.png", fmt="PNG"), "image", "anh-hoi-nghi.png", "image/png"),
    # The name does not decide: a real PDF sent as .docx is stored as what it is.
    (pdf_upload("bao-cao.docx"), "pdf", "bao-cao.pdf", "application/pdf"),
])
def test_accepted_files_are_typed_by_content_and_named_safely(db, upload, kind, name, content_type):
    attachment = Attachment.objects.create(article=make_article(), file=upload)
    assert (attachment.kind, attachment.content_type) == (kind, content_type)
    assert attachment.file.name.rsplit("/", 1)[-1] == name
    assert attachment.size == attachment.file.size > 0
    assert attachment.title == upload.name.rsplit(".", 1)[0]


@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("thong-bao.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>",
                        content_type="application/pdf"), TYPE_REFUSED),
    (SimpleUploadedFile("tai-lieu.docx", b"MZ\x90\x00\x03" + b"\x00" * 64), TYPE_REFUSED),
    (SimpleUploadedFile("anh.jpg", b"\xff\xd8\xff\xe0 not really a jpeg"), TYPE_REFUSED),
    (office_upload("macro.docx", "docm"), "không phải văn bản Word (DOCX) hay bảng tính Excel (XLSX)"),
    (office_upload("gia.xlsx", content_types="<Types/>"), "không phải văn bản Word (DOCX)"),
    (SimpleUploadedFile("rong.pdf", b""), "Tệp không có nội dung."),
])
def test_disguised_or_unknown_files_are_refused_in_vietnamese(db, upload, message):
    with pytest.raises(ValidationError) as refused:
        clean_attachment(upload)
    assert message in refused.value.messages[0]


def test_a_file_over_the_cap_is_refused(settings):
    settings.ATTACHMENT_MAX_BYTES = 1024
    upload = SimpleUploadedFile("lon.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    with pytest.raises(ValidationError, match="Tệp quá lớn"):
        clean_attachment(upload)


def test_the_default_cap_is_20_mb(settings):
    assert settings.ATTACHMENT_MAX_BYTES == 20 * 1024 * 1024


def test_the_model_refuses_an_unchecked_file_whatever_the_code_path(db):
    with pytest.raises(ValidationError):
        Attachment.objects.create(article=make_article(), file=SimpleUploadedFile("x.pdf", b"<html></html>"))
    assert not Attachment.objects.exists()


@pytest.fixture
def notice(db):
    article = make_article(title="Thông báo tuyển dụng")
    attachment = Attachment.objects.create(article=article, file=pdf_upload("Thông báo số 12.pdf"),
                                           title="Thông báo số 12/TB-CTHADS")
    return article, attachment


def test_attachments_are_listed_under_the_article_with_type_and_size(client, notice):
    article, attachment = notice
    page = client.get(article.get_absolute_url()).text
    assert "Tệp đính kèm" in page
    assert f'href="{attachment.get_absolute_url()}"' in page
    assert "Thông báo số 12/TB-CTHADS" in page and "(PDF, " in page and "byte" in page


def test_the_download_is_an_attachment_with_a_vietnamese_safe_name(client, notice):
    _article, attachment = notice
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == (
        'attachment; filename="thong-bao-so-12-tb-cthads.pdf"; '
        "filename*=UTF-8''Th%C3%B4ng%20b%C3%A1o%20s%E1%BB%91%2012-TB-CTHADS.pdf"
    )
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_attachments_are_not_under_the_public_media_folder(settings, notice):
    _article, attachment = notice
    assert str(settings.PRIVATE_MEDIA_ROOT) in attachment.file.path
    assert str(settings.MEDIA_ROOT) not in attachment.file.path


def test_a_draft_attachment_is_hidden_from_the_public_but_not_from_staff(client, draft, section_editor):
    attachment = Attachment.objects.create(article=draft, file=pdf_upload())
    assert client.get(attachment.get_absolute_url()).status_code == 404
    client.force_login(section_editor)
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


def test_the_admin_inline_refuses_a_disguised_file_and_keeps_the_article_text(client, draft, writer):
    client.force_login(writer)
    data = admin_form_data(draft, title="Thông báo có tệp", **{
        "attachments-TOTAL_FORMS": "1", "attachments-0-title": "", "attachments-0-position": "0",
        "attachments-0-file": SimpleUploadedFile("thong-bao.pdf", b"<html><body>gia mao</body></html>"),
    })
    response = client.post(reverse("admin:news_article_change", args=[draft.pk]), data)
    assert response.status_code == 200
    assert TYPE_REFUSED in response.text
    assert response.context["adminform"].form["title"].value() == "Thông báo có tệp"
    assert not Attachment.objects.exists()
    assert draft.__class__.objects.get(pk=draft.pk).title == "Bản tin nháp"


def test_the_admin_inline_accepts_a_real_pdf(client, draft, writer):
    client.force_login(writer)
    data = admin_form_data(draft, **{
        "attachments-TOTAL_FORMS": "1", "attachments-0-title": "", "attachments-0-position": "0",
        "attachments-0-file": pdf_upload("Quyết định số 5.pdf"),
    })
    response = client.post(reverse("admin:news_article_change", args=[draft.pk]), data)
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert (attachment.kind, attachment.title) == ("pdf", "Quyết định số 5")


def test_the_download_header_cannot_be_broken_by_a_title():
    from core.files.downloads import content_disposition

    header = content_disposition('Báo cáo "quý"\r\nX-Evil: 1/../a.pdf')
    assert "\r" not in header and "\n" not in header
    assert header.startswith('attachment; filename="bao-cao-quy-x-evil-1-a.pdf"; filename*=UTF-8\'\'')
