"""XML sitemap sections owned by news: articles (with lastmod) and categories."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.utils import timezone

from news.models import Article, Category


class ArticleSitemap(Sitemap):
    """Every published article once, in sections of SITEMAP_SECTION_SIZE (/sitemap-articles.xml?p=N)."""

    changefreq = "weekly"
    priority = 0.7

    @property
    def limit(self):
        # The protocol allows 50,000 URLs per file; 10,000 keep each section quick to build.
        return getattr(settings, "SITEMAP_SECTION_SIZE", 10_000)

    def items(self):
        # Oldest first: a new article lands in the last section, the others stay as they are.
        return Article.objects.published().only("slug", "published_at", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        """Return when a published article last changed (one aggregate, for the index)."""
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        public = Q(articles__status=Article.Status.PUBLISHED, articles__published_at__lte=timezone.now())
        return Category.objects.annotate(latest=Max("articles__updated_at", filter=public)).order_by("position", "pk")

    def lastmod(self, item):
        return item.latest
