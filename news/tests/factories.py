"""Small builders for news rows: only what a test names differs from the default."""

import datetime
import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article, Category

_numbers = itertools.count(1)


def make_category(**fields):
    n = next(_numbers)
    fields.setdefault("name", f"Chuyên mục {n}")
    return Category.objects.create(**fields)


def make_article(**fields):
    """Create a published article (yesterday) unless fields say otherwise."""
    n = next(_numbers)
    if "category" not in fields:
        fields["category"] = Category.objects.first() or make_category()
    fields.setdefault("title", f"Tin bài số {n}")
    fields.setdefault("body", f"<p>Nội dung tin bài số {n}.</p>")
    fields.setdefault("status", Article.Status.PUBLISHED)
    if fields["status"] == Article.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - datetime.timedelta(days=1))
    return Article.objects.create(**fields)


def local_datetime(year, month, day, hour=8, minute=0):
    """Return an aware datetime in the site's time zone (Asia/Ho_Chi_Minh)."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def image_upload(name="anh.jpg", fmt="JPEG", size=(40, 30), trailer=b""):
    """Return an uploaded picture made by Pillow, optionally with bytes appended."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue() + trailer, content_type="image/jpeg")
