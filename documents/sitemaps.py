"""XML sitemap section of documents."""

from core.syndication.sitemaps import SectionSitemap
from documents.models import Document


class DocumentSitemap(SectionSitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Document.objects.published().only("slug", "updated_at").order_by("-pk")

    def lastmod(self, item):
        return item.updated_at
