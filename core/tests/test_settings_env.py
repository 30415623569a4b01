"""Scaling out needs no code change: media storage and its origin come from the environment."""

import json
import os
import subprocess
import sys

from django.conf import settings

SHOW = """
import json, django
django.setup()
from django.conf import settings
from core.security.web import build_policy
print(json.dumps({"media": settings.STORAGES["default"], "policy": build_policy(settings.CSP_PUBLIC),
                  "admin": build_policy(settings.CSP_ADMIN)}))
"""


def settings_under(**env):
    result = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=60,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
    )
    return result


def test_media_go_to_the_file_system_by_default():
    seen = json.loads(settings_under().stdout)
    assert seen["media"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert "img-src 'self' data:;" in seen["policy"]


def test_media_storage_s3_switches_uploads_to_a_bucket_and_lets_its_pictures_load():
    seen = json.loads(settings_under(
        MEDIA_STORAGE="s3", S3_BUCKET_NAME="thads-media", S3_ENDPOINT_URL="https://s3.example.vn",
        S3_CUSTOM_DOMAIN="media.thads.example.vn",
    ).stdout)
    assert seen["media"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert seen["media"]["OPTIONS"]["bucket_name"] == "thads-media"
    assert seen["media"]["OPTIONS"]["endpoint_url"] == "https://s3.example.vn"
    assert seen["media"]["OPTIONS"]["file_overwrite"] is False
    assert "img-src 'self' data: https://media.thads.example.vn;" in seen["policy"]
    assert "img-src 'self' data: https://media.thads.example.vn blob:;" in seen["admin"]


def test_an_unknown_media_storage_stops_the_start():
    result = settings_under(MEDIA_STORAGE="ftp")
    assert result.returncode != 0
    assert "MEDIA_STORAGE must be 'filesystem' or 's3'" in result.stderr
