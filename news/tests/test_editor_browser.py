"""The real editor in a real browser: typing and uploading a photo through its own dialog."""

import re

import pytest

from news.models import Article
from news.tests.browser import insert_photo, log_in, open_new_article
from news.tests.factories import image_upload, make_category
from news.workflow import publish_article, submit_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_uploads_a_photo_through_the_image_dialog_and_publishes(page, editor, tmp_path):
    category = make_category(name="Hoạt động đoàn thể")
    photo = tmp_path / "Ảnh đoàn viên.jpg"
    photo.write_bytes(image_upload(size=(800, 600)).read())

    log_in(page, "bientap", "mat-khau-dai-123")
    open_new_article(page)
    page.fill("#id_title", "Đoàn viên ra quân")
    page.select_option("#id_category", str(category.pk))
    page.frame_locator("iframe.cke_wysiwyg_frame").locator("body").type("Sáng nay đoàn viên ra quân.")

    assert re.search(r"/anh-doan-vien-[0-9a-f]{16}\.jpg$", insert_photo(page, photo))

    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r"/admin/news/article/$"))

    article = Article.objects.get()
    submit_article(article=article, by=editor)
    publish_article(article=article, by=editor)
    assert "Sáng nay đoàn viên ra quân." in article.body
    assert re.search(r'<img[^>]+src="/media/uploads/\d{4}/\d{2}/anh-doan-vien-[0-9a-f]{16}\.jpg"', article.body)
    page.goto(article.get_absolute_url())
    assert page.locator(".body img").evaluate("img => img.naturalWidth") == 800


def test_the_editor_shows_a_refusal_in_vietnamese(page, editor, tmp_path):
    make_category()
    fake = tmp_path / "trang.jpg"
    fake.write_bytes(b"<html><script>alert(1)</script></html>")
    log_in(page, "bientap", "mat-khau-dai-123")
    open_new_article(page)
    page.click("a.cke_button__image")
    page.click("a.cke_dialog_tab[title='Tải lên']")
    page.frame_locator("iframe.cke_dialog_ui_input_file").locator("input[type=file]").set_input_files(str(fake))
    with page.expect_event("dialog") as shown:
        page.click("a.cke_dialog_ui_fileButton")
    assert shown.value.message == "Tệp chứa mã trang web hoặc mã lệnh ẩn trong ảnh nên đã bị từ chối."
    shown.value.accept()
