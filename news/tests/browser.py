"""Steps the browser tests of the editor share: log in, open a new article, insert a photo."""

import re


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def log_out(page):
    page.locator("#logout-form button").click()
    page.wait_for_url(re.compile(r"/admin/logout/$"))


def open_new_article(page):
    page.goto("/admin/news/article/add/")
    page.wait_for_function("() => window.CKEDITOR?.instances.id_body?.status === 'ready'")


def insert_photo(page, path):
    """Upload a photo through the editor's own image dialog and insert it; return its URL."""
    page.click("a.cke_button__image")
    page.click("a.cke_dialog_tab[title='Tải lên']")
    page.frame_locator("iframe.cke_dialog_ui_input_file").locator("input[type=file]").set_input_files(str(path))
    page.click("a.cke_dialog_ui_fileButton")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.cke_dialog_ui_input_text input')]"
        ".some(i => i.value.startsWith('/media/uploads/'))"
    )
    url = page.locator(".cke_dialog_ui_input_text input").first.input_value()
    page.click("a.cke_dialog_ui_button_ok")
    return url
