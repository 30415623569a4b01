"""A citizen's question sent while the database only reads: the form comes back with the text, 503."""

import pytest
from django.test import Client

from core.testing.diskfull import files_under
from core.testing.factories import pdf_upload
from core.testing.readonly import read_only_database
from feedback.models import Submission
from feedback.tests.factories import form_data

pytestmark = pytest.mark.django_db
URL = "/hoi-dap/gui-cau-hoi/"


def test_the_question_is_shown_again_with_its_text_and_a_vietnamese_message(field, settings):
    client = Client(raise_request_exception=False)
    with read_only_database():
        response = client.post(URL, form_data(content="Tôi muốn hỏi về việc hoàn trả tiền tạm ứng án phí.",
                                              attachment=pdf_upload()))
    assert response.status_code == 503
    assert response["Retry-After"]
    page = response.content.decode()
    assert "Hệ thống đang bảo trì" in page
    assert "Tôi muốn hỏi về việc hoàn trả tiền tạm ứng án phí." in page
    assert not Submission.objects.exists()
    # The attachment written before the rows were refused is removed.
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
