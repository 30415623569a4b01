"""Every public page is valid HTML for the Nu HTML Checker (vnu-jar, run with Java)."""

import json
import shutil
import subprocess
from pathlib import Path

from django.conf import settings

from cms.tests.pages import PUBLIC_PAGES
from conftest import skip_loudly

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_public_pages_have_no_html_errors(client, demo_content, tmp_path):
    if not VNU.exists() or not shutil.which("java"):
        skip_loudly("HTML validation: node_modules/vnu-jar or java is missing (make browser-deps)")
    files = []
    for name, path in PUBLIC_PAGES.items():
        response = client.get(path)
        assert response.status_code in (200, 404), path
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        files.append(str(file))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors == []
