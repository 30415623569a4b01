"""XML sitemap sections owned by news: articles (with lastmod) and categories."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.utils import timezone

from news.models import Article, Category


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.7
    limit = 5000

    def items(self):
        return Article.objects.published().only("slug", "published_at", "created_at", "updated_at").order_by("-pk")

    def lastmod(self, item):
        return item.updated_at


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        public = Q(articles__status=Article.Status.PUBLISHED, articles__published_at__lte=timezone.now())
        return Category.objects.annotate(latest=Max("articles__updated_at", filter=public)).order_by("position", "pk")

    def lastmod(self, item):
        return item.latest
