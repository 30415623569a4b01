"""No lost edits in a real browser: a step saves the form first, leaving with changes asks (issue 12, item 6)."""

import re

import pytest

from news.models import Article
from news.tests.browser import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "mat-khau-dai-123"


@pytest.fixture
def signed_in_writer(page, writer, draft):
    writer.set_password(PASSWORD)
    writer.save()
    log_in(page, "phongvien", PASSWORD)
    page.goto(f"/admin/news/article/{draft.pk}/change/")
    page.wait_for_function("() => window.CKEDITOR?.instances.id_body?.status === 'ready'")
    return page


def test_gui_duyet_with_a_changed_title_and_body_saves_them_first(signed_in_writer, draft):
    page = signed_in_writer
    page.fill("#id_title", "Tiêu đề sửa rồi gửi ngay")
    body = page.frame_locator("iframe.cke_wysiwyg_frame").locator("body")
    body.click()
    page.keyboard.press("End")
    body.type(" Câu thêm vào phút chót.")
    button = page.get_by_role("button", name="Gửi duyệt")
    box = button.bounding_box()
    assert box["height"] >= 40 and box["width"] >= 80  # a full-size button, not a small link
    button.click()
    page.wait_for_url(re.compile(r"/admin/news/article/\d+/change/$"))
    assert page.locator(".workflow-panel .article-state").inner_text() == "Chờ duyệt"
    assert "Đã lưu các thay đổi của đồng chí." in page.locator(".messagelist").inner_text()
    stored = Article.objects.get(pk=draft.pk)
    assert stored.title == "Tiêu đề sửa rồi gửi ngay" and "Câu thêm vào phút chót." in stored.body
    assert stored.status == "pending"


def test_leaving_with_unsaved_changes_asks_first(signed_in_writer, draft):
    page = signed_in_writer
    page.wait_for_load_state("load")
    asked = []

    def answer(dialog):
        asked.append(dialog.type)
        dialog.dismiss()  # stay on the page

    page.on("dialog", answer)
    # Unchanged: leaving asks nothing.
    page.goto("/admin/news/article/")
    assert asked == []
    page.goto(f"/admin/news/article/{draft.pk}/change/")
    page.wait_for_function("() => window.CKEDITOR?.instances.id_body?.status === 'ready'")
    page.wait_for_load_state("load")
    page.fill("#id_title", "Chưa lưu")
    page.locator("#site-name a").click()  # back to the admin home
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
    assert page.locator("#id_title").input_value() == "Chưa lưu"


def test_a_change_only_in_the_editor_also_asks(signed_in_writer):
    page = signed_in_writer
    page.wait_for_load_state("load")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    body = page.frame_locator("iframe.cke_wysiwyg_frame").locator("body")
    body.click()
    body.type("Thêm chữ.")
    page.locator("#site-name a").click()
    page.wait_for_timeout(500)
    assert asked == ["beforeunload"]
