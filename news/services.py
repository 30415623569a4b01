"""Write operations on articles that span more than one model."""

import datetime
import html

from django.db import transaction
from django.utils import timezone

from core.text import slugify_vi
from news.importers import LegacyArticle
from news.models import Article, Category
from news.related import refresh_related

# Legacy articles carry a date only; they are placed at 08:00 local time.
LEGACY_PUBLICATION_TIME = datetime.time(8, 0)


def import_legacy_article(*, legacy: LegacyArticle, category: Category):
    """Create a published article from a parsed legacy file; return (article, created).

    An article with the same slug (made from the title) is taken as already
    imported, so running the importer twice adds nothing.
    """
    slug = slugify_vi(legacy.title)
    published_at = timezone.make_aware(datetime.datetime.combine(legacy.date, LEGACY_PUBLICATION_TIME))
    existing = Article.objects.filter(slug=slug).first()
    if existing is not None:
        return existing, False
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in legacy.paragraphs)
    with transaction.atomic():
        article = Article.objects.create(
            title=legacy.title, slug=slug, category=category, body=body, byline=legacy.byline,
            status=Article.Status.PUBLISHED, published_at=published_at,
        )
        refresh_related(article, neighbours=True)
    return article, True
