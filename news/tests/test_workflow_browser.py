"""A writer and an approver in a real browser: write in CKEditor, submit, publish, see it on today's page."""

import re

import pytest
from django.utils import timezone

from news.models import Article
from news.tests.browser import insert_photo, log_in, open_new_article
from news.tests.factories import image_upload, make_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"


def with_password(user):
    user.set_password(PASSWORD)
    user.save()
    return user


def test_writer_submits_and_approver_publishes_with_the_photo(page, chromium, live_server, writer, approver,
                                                             tmp_path):
    make_category(name="Hoạt động đoàn thể")
    with_password(writer), with_password(approver)
    photo = tmp_path / "Ra quân tình nguyện.jpg"
    photo.write_bytes(image_upload(size=(640, 480)).read())

    # The writer (Phóng viên) writes the article, inserts a photo, saves and submits it.
    log_in(page, "phongvien", PASSWORD)
    open_new_article(page)
    page.fill("#id_title", "Chi đoàn ra quân tình nguyện")
    page.select_option("#id_category", label="Hoạt động đoàn thể")
    body = page.frame_locator("iframe.cke_wysiwyg_frame").locator("body")
    body.click()
    body.type("Sáng nay Chi đoàn ra quân tình nguyện. ")
    insert_photo(page, photo)
    page.click("input[name=_continue]")
    page.wait_for_url(re.compile(r"/admin/news/article/\d+/change/$"))
    assert page.locator(".workflow-panel .article-state").inner_text() == "Nháp"
    page.get_by_role("button", name="Gửi duyệt").click()
    page.wait_for_url(re.compile(r"/admin/news/article/\d+/change/$"))
    assert page.locator(".workflow-panel .article-state").inner_text() == "Chờ duyệt"
    # A writer cannot publish.
    assert page.get_by_role("button", name="Xuất bản / hẹn giờ").count() == 0
    change_url = page.url

    # The approver (Lãnh đạo duyệt tin) publishes it from the same change page, in their own session.
    context = chromium.new_context(base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    context.set_default_timeout(15_000)
    approver_page = context.new_page()
    log_in(approver_page, "lanhdao", PASSWORD)
    approver_page.goto("/admin/news/article/?cho_toi=1")
    approver_page.get_by_role("link", name="Chi đoàn ra quân tình nguyện").click()
    approver_page.wait_for_url(re.compile(re.escape(change_url)))
    approver_page.get_by_role("button", name="Xuất bản / hẹn giờ").click()
    approver_page.wait_for_url(re.compile(re.escape(change_url)))
    assert "Đã thực hiện: tin bài hiện ở trạng thái “Đã xuất bản”." in approver_page.locator(
        ".messagelist").inner_text()
    context.close()

    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED and article.author == writer
    today = timezone.localdate()
    page.goto(f"/tin-tuc/{today:%Y/%m/%d}/")
    link = page.get_by_role("link", name="Chi đoàn ra quân tình nguyện")
    link.click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert "Sáng nay Chi đoàn ra quân tình nguyện." in page.locator(".body").inner_text()
    photo_on_page = page.locator(".body img")
    photo_on_page.scroll_into_view_if_needed()
    assert photo_on_page.is_visible()
    assert photo_on_page.evaluate("img => img.complete && img.naturalWidth") == 640
