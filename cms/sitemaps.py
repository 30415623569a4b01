"""XML sitemap sections owned by cms: the editable pages and the fixed entry pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from cms.models import Page


class PageSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        # The contact page is listed with the entry pages: it exists even without a "lien-he" page.
        return Page.objects.select_related("parent").exclude(slug="lien-he", parent__isnull=True).order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class EntrySitemap(Sitemap):
    """Fixed pages named by URL name."""

    changefreq = "daily"
    priority = 0.8

    def __init__(self, names):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)
