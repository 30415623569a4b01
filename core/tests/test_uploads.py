"""Pictures uploaded from inside the editor: our own view, checked by content."""

import io
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news.tests.factories import image_upload

pytestmark = pytest.mark.django_db
URL = "/bien-tap/tai-anh/"


def post(client, upload, **extra):
    return client.post(URL, {"upload": upload}, **extra)


def refusal(response):
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["uploaded"] == 0
    return data["error"]["message"]


def test_editor_uploads_a_photo_re_encoded_with_a_vietnamese_safe_name(client, editor, settings):
    client.force_login(editor)
    response = post(client, image_upload("Ảnh hội nghị Đoàn.PNG", fmt="JPEG"))
    data = json.loads(response.content)
    assert data["uploaded"] == 1
    # The extension follows the detected format (JPEG), not the name sent.
    assert data["url"].startswith("/media/uploads/")
    assert re.search(r"/anh-hoi-nghi-doan-[0-9a-f]{16}\.jpg$", data["url"])
    stored = settings.MEDIA_ROOT / data["url"].removeprefix("/media/")
    with Image.open(stored) as picture:
        assert picture.format == "JPEG"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("tai-lieu.txt", "Không phải ảnh".encode()), "không phải là ảnh"),
        (SimpleUploadedFile("trang.html", b"<html><script>alert(1)</script></html>"), "trang web"),
        (SimpleUploadedFile("anh.jpg", b"<html><body>hello</body></html>"), "mã trang web"),
        (SimpleUploadedFile("hinh.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "SVG"),
        (SimpleUploadedFile("hinh.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'),
         "mã trang web"),
        (image_upload("poly.gif", fmt="GIF", trailer=b"<script>alert(document.cookie)</script>"), "mã trang web"),
        (image_upload("poly.jpg", trailer=b"<html><img src=x onerror=alert(1)>"), "mã trang web"),
        (SimpleUploadedFile("hong.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50), "không phải là ảnh"),
    ],
    ids=["text", "html", "html-named-jpg", "svg", "svg-named-png", "gif-polyglot", "jpeg-polyglot", "truncated"],
)
def test_refused_uploads_get_a_vietnamese_message_the_editor_shows(client, editor, upload, message, settings):
    client.force_login(editor)
    assert message in refusal(post(client, upload))
    assert not (settings.MEDIA_ROOT / "uploads").exists()


def test_too_large_upload_is_refused(client, editor, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 1000
    client.force_login(editor)
    assert "quá lớn" in refusal(post(client, image_upload(size=(400, 400))))


def test_decompression_bomb_is_refused(client, editor, settings):
    settings.IMAGE_MAX_PIXELS = 100 * 100
    client.force_login(editor)
    buffer = io.BytesIO()
    Image.new("1", (5000, 5000)).save(buffer, format="PNG")  # tiny file, 25 megapixels
    upload = SimpleUploadedFile("bom.png", buffer.getvalue())
    assert "điểm ảnh quá lớn" in refusal(post(client, upload))


def test_upload_needs_the_permission_to_add_articles(client, django_user_model):
    user = django_user_model.objects.create_user("khach", password="x", is_staff=True)
    client.force_login(user)
    assert post(client, image_upload()).status_code == 403
    client.logout()
    assert post(client, image_upload()).status_code == 403


def test_upload_needs_a_csrf_token(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert post(client, image_upload()).status_code == 403
    client.get("/admin/")  # sets the csrftoken cookie, as the editor page does
    token = client.cookies["csrftoken"].value
    response = post(client, image_upload(), HTTP_X_CSRFTOKEN=token)
    assert json.loads(response.content)["uploaded"] == 1


def test_get_is_not_allowed(client, editor):
    client.force_login(editor)
    assert client.get(URL).status_code == 405


def test_a_picture_over_25_megapixels_is_refused_before_decoding_with_the_limit_named(tmp_path):
    from core.files.images import clean_image

    buffer = io.BytesIO()
    Image.new("1", (7070, 7070)).save(buffer, format="PNG")  # a few kilobytes, 50 megapixels once decoded
    with pytest.raises(ValidationError) as caught:
        clean_image(SimpleUploadedFile("bom.png", buffer.getvalue()))
    message = " ".join(caught.value.messages)
    assert "7070 × 7070" in message and "25 megapixel" in message


def test_pictures_are_stored_under_names_no_one_can_guess(client, editor, db):
    """A photo of an unpublished article must not be found by trying likely names."""
    from news.models import Article
    from news.tests.factories import make_article

    client.force_login(editor)
    first, second = (json.loads(post(client, image_upload("Ảnh hội nghị.jpg")).content)["url"] for _ in range(2))
    assert first != second
    for url in (first, second):
        assert re.search(r"/anh-hoi-nghi-[0-9a-f]{16}\.jpg$", url)
    draft = make_article(status=Article.Status.DRAFT, cover=image_upload("Bìa.jpg"))
    assert re.search(r"^covers/\d{4}/\d{2}/[^/]+-[0-9a-f]{16}\.jpg$", draft.cover.name), draft.cover.name
