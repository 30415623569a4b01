"""The new pages in both languages, and the form showing its errors, are valid for the Nu HTML Checker."""

from core.testing.checks import html_errors
from feedback.tests.factories import form_data
from feedback.tests.pages import NEW_PAGES, first_answer_url


def test_new_pages_have_no_html_errors(client, demo_content, tmp_path):
    pages = {**NEW_PAGES, "answer": first_answer_url()}
    files = []
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code in (200, 400, 404), path
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    refused = client.post("/hoi-dap/gui-cau-hoi/", form_data(email="sai", consent=None, title=""))
    assert refused.status_code == 400
    files.append(tmp_path / "submit-errors.html")
    files[-1].write_bytes(refused.content)
    assert html_errors(files) == []
