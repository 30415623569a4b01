"""Every public page, and the admin pages editors and leaders use, is valid HTML for the Nu HTML Checker
(vnu-jar, run with Java)."""

from core.testing.checks import html_errors
from sitewide.tests.pages import PUBLIC_PAGES, admin_pages


def test_public_pages_have_no_html_errors(client, demo_content, tmp_path):
    files = []
    for name, path in PUBLIC_PAGES.items():
        response = client.get(path)
        assert response.status_code in (200, 404), path
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(file)
    assert html_errors(files) == []


def test_admin_pages_of_writers_approvers_and_leaders_have_no_html_errors(client, demo_content, tmp_path):
    files = []
    for name, (user, path) in admin_pages().items():
        client.force_login(user)
        response = client.get(path)
        assert response.status_code == 200, path
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(file)
    errors = html_errors(files)
    assert errors == [], "\n".join(errors)
