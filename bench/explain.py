"""Print the PostgreSQL plans of the main listings (run through manage.py shell; see docs/performance.md)."""

import datetime

from django.db import connection
from django.utils import timezone

from core.dates.localtime import local_day_start
from news.models import Article, Category
from news.views import PAGE_SIZE


def plans():
    """Yield (title, SQL plan text) for the listings readers hit most."""
    published = Article.objects.published().for_listing()
    newest = published.first()
    day = timezone.localdate(newest.published_at)
    start = local_day_start(day)
    category = Category.objects.order_by("position").first()
    yield "Latest list (/tin-tuc/), first page", published[:PAGE_SIZE]
    yield "Day archive (/tin-tuc/yyyy/mm/dd/)", published.filter(
        published_at__gte=start, published_at__lt=start + datetime.timedelta(days=1))
    yield f"Category list ({category.slug}), first page", published.filter(category=category)[:PAGE_SIZE]


def main():
    assert connection.vendor == "postgresql", "plans are shown for PostgreSQL"
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE news_article")
    for title, queryset in plans():
        print(f"-- {title}\n{queryset.explain(analyze=True, buffers=True)}\n")


main()
