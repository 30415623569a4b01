"""Sending a question: a code and a receipt; bad input refused in Vietnamese with nothing lost."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from core.dates.workdays import add_working_days
from core.testing.factories import MINIMAL_PDF, pdf_upload
from feedback.models import Step, Submission
from feedback.tests.factories import form_data, png_upload

pytestmark = pytest.mark.django_db
URL = "/hoi-dap/gui-cau-hoi/"


def send(client, **fields):
    return client.post(URL, form_data(**fields))


def test_the_form_is_in_vietnamese_with_the_privacy_notice(client, field):
    page = client.get(URL).content.decode()
    assert "Gửi câu hỏi, phản ánh" in page
    # Which decree or law is cited depends on the day (legal/tests/test_law_switch.py).
    assert "về bảo vệ dữ liệu cá nhân" in page and "5 năm" in page


def test_a_valid_submission_gives_a_code_a_due_date_and_a_receipt(client, field,
                                                                 django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)
    assert response.status_code == 302 and response.url == reverse("feedback:sent")
    submission = Submission.objects.get()
    page = client.get(response.url).content.decode()
    assert submission.code in page
    assert submission.status == Submission.Status.RECEIVED
    assert submission.due_on == add_working_days(timezone.localdate(submission.received_at), 15)
    assert submission.consent_at is not None
    assert list(submission.steps.values_list("action", flat=True)) == [Step.Action.RECEIVED]
    assert len(mail.outbox) == 1
    receipt = mail.outbox[0]
    assert receipt.to == ["bich.tran@example.vn"]
    assert submission.code in receipt.subject and submission.code in receipt.body
    assert "/hoi-dap/tra-cuu/" in receipt.body
    # The portal's one sender and a local Date (core/mail.py).
    message = receipt.message()
    assert message["From"] and message["Date"].endswith("+0700")


def test_the_due_date_skips_the_weekend(client, field, monkeypatch):
    friday = timezone.make_aware(datetime.datetime(2026, 3, 6, 16, 0))
    monkeypatch.setattr(timezone, "now", lambda: friday)
    send(client)
    assert Submission.objects.get().due_on == datetime.date(2026, 3, 27)


def test_a_phone_number_alone_is_enough_and_sends_no_mail(client, field, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, email="").status_code == 302
    assert mail.outbox == []


def test_the_code_page_shows_nothing_without_a_fresh_submission(client):
    assert client.get(reverse("feedback:sent")).status_code == 302


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "", "title": ""}, "Trường này là bắt buộc."),
    ({"email": "khong-phai-email"}, "Nhập địa chỉ email."),
    ({"email": "", "phone": ""}, "Hãy cho biết email hoặc số điện thoại"),
    ({"phone": "abc"}, "Nhập số điện thoại từ 8 đến 20 chữ số"),
    ({"content": "x" * 5001}, "5000"),
    ({"consent": None}, "Cần có sự đồng ý của ông/bà"),
    ({"field": "999999"}, "Hãy chọn một lựa chọn hợp lệ"),
])
def test_bad_input_is_refused_in_vietnamese_and_what_was_typed_is_kept(client, field, fields, message):
    response = send(client, **{"content": "Nội dung tôi đã gõ rất dài", **fields})
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page, page[page.find("fb-errors"):][:2000]
    assert "Câu hỏi chưa được gửi" in page
    if "content" not in fields:
        assert "Nội dung tôi đã gõ rất dài" in page
    assert Submission.objects.count() == 0 and mail.outbox == []


def test_the_honeypot_refuses_robots(client, field):
    response = send(client, website="http://spam.example")
    assert response.status_code == 400
    assert Submission.objects.count() == 0


def test_the_sixth_submission_in_an_hour_from_one_address_is_refused_with_the_text_kept(client, field):
    for n in range(5):
        assert send(client, title=f"Câu hỏi {n}").status_code == 302
    response = send(client, title="Câu hỏi thứ sáu")
    page = response.content.decode()
    assert response.status_code == 429
    assert "Câu hỏi thứ sáu" in page and "5 lần" in page
    assert Submission.objects.count() == 5
    # Another address is not held back.
    assert client.post(URL, form_data(title="Người khác"), REMOTE_ADDR="198.51.100.9").status_code == 302


def test_refused_submissions_do_not_count_towards_the_limit(client, field):
    for _ in range(6):
        send(client, email="sai")
    assert send(client).status_code == 302


def test_a_pdf_and_a_picture_are_kept_privately(client, field, settings):
    assert send(client, attachment=pdf_upload()).status_code == 302
    submission = Submission.objects.get()
    assert submission.attachment.name.endswith(".pdf")
    assert submission.attachment.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert submission.attachment.read() == MINIMAL_PDF
    assert send(client, title="Có ảnh", attachment=png_upload("anh chup.png")).status_code == 302
    assert Submission.objects.get(title="Có ảnh").attachment.name.endswith(".png")


@pytest.mark.parametrize(("upload", "message"), [
    (SimpleUploadedFile("don.pdf", b"<html><script>alert(1)</script></html>"), "mã trang web"),
    (SimpleUploadedFile("don.pdf", b"PK\x03\x04 not a pdf"), "Chỉ có thể đính kèm tệp PDF"),
    (pdf_upload(data=MINIMAL_PDF.replace(b"/Type/Catalog", b"/Type/Catalog/OpenAction<</S/JavaScript/JS(x)>>")),
     "chứa mã lệnh"),
    (pdf_upload(data=b"%PDF-1.4\n1 0 obj<<>>endobj\n"), "bị hỏng"),
    (SimpleUploadedFile("anh.jpg", b"GIF89a" + b"\x00" * 20 + b"<script>"), "mã trang web"),
])
def test_a_disguised_or_unsafe_attachment_is_refused(client, field, upload, message):
    response = send(client, attachment=upload)
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert "chọn lại tệp" in page
    assert Submission.objects.count() == 0


def test_an_oversized_attachment_is_refused(client, field, settings):
    settings.FEEDBACK_ATTACHMENT_MAX_BYTES = 1024
    big = MINIMAL_PDF.replace(b"trailer", b"%" + b"x" * 2000 + b"\ntrailer")
    response = send(client, attachment=pdf_upload(data=big))
    assert response.status_code == 400
    assert "quá lớn" in response.content.decode()


def test_a_flood_of_text_is_refused_before_django_reads_it(client, field, settings):
    response = client.post(URL, form_data(content="x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)))
    assert response.status_code == 400
    assert Submission.objects.count() == 0
