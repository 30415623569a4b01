"""A citizen's attachment on a full disk: the form comes back with the text, and no file or row is left."""

import pytest
from django.test import Client

from core.testing.diskfull import files_under, full_disk
from core.testing.factories import pdf_upload
from feedback.models import Submission
from feedback.tests.factories import form_data, png_upload

pytestmark = pytest.mark.django_db
URL = "/hoi-dap/gui-cau-hoi/"


@pytest.mark.parametrize("upload", [pdf_upload, png_upload], ids=["pdf", "picture"])
def test_an_attachment_on_a_full_disk_keeps_the_text_and_leaves_nothing(field, settings, upload):
    client = Client(raise_request_exception=False)
    with full_disk(settings.PRIVATE_MEDIA_ROOT):
        response = client.post(URL, form_data(title="Hỏi về hoàn trả án phí",
                                              content="Xin hỏi thủ tục hoàn trả tiền tạm ứng án phí.",
                                              attachment=upload()))
    assert response.status_code == 507
    page = response.content.decode()
    assert "hết chỗ lưu tệp" in page
    assert "Hỏi về hoàn trả án phí" in page and "Xin hỏi thủ tục hoàn trả tiền tạm ứng án phí." in page
    assert not Submission.objects.exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []


def test_the_same_question_goes_through_once_there_is_room(field, settings):
    client = Client()
    with full_disk(settings.PRIVATE_MEDIA_ROOT):
        client.post(URL, form_data(attachment=pdf_upload()))
    response = client.post(URL, form_data(attachment=pdf_upload()))
    assert response.status_code == 302
    assert len(files_under(settings.PRIVATE_MEDIA_ROOT)) == 1
    assert Submission.objects.get().attachment
