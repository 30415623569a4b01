"""A full media disk: the editor's picture upload says so in the editor, and leaves no empty file."""

import json

import pytest

from core.testing.diskfull import files_under, full_disk
from news.tests.factories import image_upload

pytestmark = pytest.mark.django_db


def test_a_picture_upload_on_a_full_disk_gets_the_editors_message_and_leaves_no_file(client, editor, settings):
    client.force_login(editor)
    with full_disk(settings.MEDIA_ROOT):
        response = client.post("/bien-tap/tai-anh/", {"upload": image_upload("Ảnh hội nghị.jpg", fmt="JPEG")})
    # CKEditor 4 shows only a 200 JSON reply's message.
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["uploaded"] == 0
    assert "hết chỗ lưu tệp" in data["error"]["message"]
    assert files_under(settings.MEDIA_ROOT) == []
