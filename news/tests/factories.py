"""Small builders for news rows: only what a test names differs from the default."""

import datetime
import io
import itertools

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from core.testing.factories import package
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


_MAIN_TYPES = {
    "docx": ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "docm": ("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"),
}


def office_upload(name="Kế hoạch.docx", kind="docx", content_types=None):
    """Return an Office Open XML package of the given kind (or with the given [Content_Types].xml)."""
    part, main_type = _MAIN_TYPES[kind]
    data = package(part=part, main_type=main_type, content_types=content_types, document_rels=None)
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def admin_form_data(article, **changes):
    """Return the POST data of the article's admin change form, as opened now, with changes."""
    data = {
        "title": article.title, "slug": article.slug, "category": article.category_id,
        "summary": article.summary, "body": article.body, "cover_caption": article.cover_caption,
        "byline": article.byline, "base_revision": article.revision,
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0", "attachments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data
