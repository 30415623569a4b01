"""The policies in a real browser: the editor works in the admin, public pages break nothing."""

import re

import pytest

from news.tests.factories import image_upload, make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watch_csp(page):
    """Return the list that will collect the browser's CSP violation reports."""
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text
            else None)
    return violations


def test_public_article_page_runs_without_a_single_policy_violation(page):
    article = make_article(title="Đoàn viên ra quân", cover=image_upload(size=(400, 300)),
                           body='<p>Nội dung <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="x"></p>')
    violations = watch_csp(page)
    page.goto(article.get_absolute_url())
    page.set_viewport_size({"width": 400, "height": 800})
    page.click(".nav-toggle")  # the menu script is an external file, allowed by 'self'
    page.goto("/tin-tuc/")
    assert violations == []


def test_the_editor_loads_and_types_under_the_admin_policy(page, editor):
    violations = watch_csp(page)
    page.goto("/admin/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-dai-123")
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto("/admin/news/article/add/")
    page.wait_for_function("() => window.CKEDITOR?.instances.id_body?.status === 'ready'")
    page.frame_locator("iframe.cke_wysiwyg_frame").locator("body").type("Chào buổi sáng")
    page.click("a.cke_button__image")
    page.wait_for_selector(".cke_dialog_ui_input_text input")
    assert violations == []
