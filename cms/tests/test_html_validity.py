"""Every public page is valid HTML for the Nu HTML Checker (vnu-jar, run with Java)."""

from cms.tests.checks import html_errors
from cms.tests.pages import PUBLIC_PAGES


def test_public_pages_have_no_html_errors(client, demo_content, tmp_path):
    files = []
    for name, path in PUBLIC_PAGES.items():
        response = client.get(path)
        assert response.status_code in (200, 404), path
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(file)
    assert html_errors(files) == []
