"""A photo with a visible caption, from CKEditor's dialog to the page, print view and feed (issue 12, item 7)."""

import re

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from news.models import Article
from news.tests.browser import log_in, open_new_article
from news.tests.factories import image_upload, make_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"
CAPTION = "Đoàn viên ra quân dọn vệ sinh trụ sở"
DESCRIPTION = "Mười đoàn viên mặc áo xanh quét sân trụ sở Cục"


def test_a_captioned_photo_survives_from_the_editor_to_page_print_and_feed(page, client, writer, tmp_path):
    make_category(name="Hoạt động đoàn thể")
    writer.set_password(PASSWORD)
    writer.save()
    photo = tmp_path / "ra-quan.jpg"
    photo.write_bytes(image_upload(size=(640, 480)).read())
    log_in(page, "phongvien", PASSWORD)
    open_new_article(page)
    page.fill("#id_title", "Chi đoàn ra quân")
    page.select_option("#id_category", label="Hoạt động đoàn thể")
    page.frame_locator("iframe.cke_wysiwyg_frame").locator("body").click()

    page.click("a.cke_button__image")
    dialog = page.locator(".cke_dialog")
    # The alt text is labelled for what it is: a description for blind readers.
    dialog.get_by_text("Mô tả ảnh cho người khiếm thị").wait_for()
    page.click("a.cke_dialog_tab[title='Tải lên']")
    page.frame_locator("iframe.cke_dialog_ui_input_file").locator("input[type=file]").set_input_files(str(photo))
    page.click("a.cke_dialog_ui_fileButton")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.cke_dialog_ui_input_text input')]"
        ".some(i => i.value.startsWith('/media/uploads/'))")
    dialog.get_by_label("Mô tả ảnh cho người khiếm thị (đọc thay cho ảnh)").fill(DESCRIPTION)
    dialog.get_by_label("Hiện chú thích dưới ảnh").check()
    page.click("a.cke_dialog_ui_button_ok")
    caption = page.frame_locator("iframe.cke_wysiwyg_frame").locator("figcaption")
    assert caption.inner_text() == "Nhập chú thích ảnh"  # the hint the editor puts in the caption
    caption.click(click_count=3)  # select the hint, as a writer does, and type over it
    page.keyboard.type(CAPTION)
    page.click("input[name=_continue]")
    page.wait_for_url(re.compile(r"/admin/news/article/\d+/change/$"))

    article = Article.objects.get(title="Chi đoàn ra quân")
    stored = BeautifulSoup(article.body, "html.parser")
    figure = stored.select_one("figure.image")
    assert figure.select_one("img")["alt"] == DESCRIPTION
    assert figure.select_one("figcaption").get_text(strip=True) == CAPTION

    Article.objects.filter(pk=article.pk).update(status="published", published_at=timezone.now())
    article.refresh_from_db()
    page.goto(article.get_absolute_url())
    shown = page.locator(".body figure figcaption")
    assert shown.inner_text() == CAPTION
    image_box, caption_box = page.locator(".body figure img").bounding_box(), shown.bounding_box()
    assert caption_box["y"] >= image_box["y"] + image_box["height"] - 1  # under the photo
    printed = BeautifulSoup(client.get(f"{article.get_absolute_url()}in/").content, "html.parser")
    assert printed.select_one(".print-body figure figcaption").get_text(strip=True) == CAPTION
    feed = feedparser.parse(client.get("/rss/").content)
    entry = next(e for e in feed.entries if e.title == "Chi đoàn ra quân")
    assert CAPTION in entry.summary or CAPTION in "".join(c.value for c in entry.get("content", []))
