"""/healthz tells the load balancer whether this app server can reach its database."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


HEALTHZ = """
import django, json
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(json.dumps({"status": response.status_code, "body": response.json()}))
"""


@pytest.mark.parametrize("database_url", [
    "postgres://portal@127.0.0.1:1/portal?connect_timeout=2",  # nothing listens on port 1
    "sqlite:////nonexistent-folder/db.sqlite3",
], ids=["postgresql-refused", "sqlite-missing"])
def test_healthz_answers_503_when_the_database_is_unreachable(database_url):
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings"}
    result = subprocess.run([sys.executable, "-c", HEALTHZ], cwd=settings.BASE_DIR, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer == {"status": 503, "body": {"status": "error", "database": "unreachable"}}
