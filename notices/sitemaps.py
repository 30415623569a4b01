"""XML sitemap section of the notices. The register of debtors is left out on purpose: personal data."""

from core.syndication.sitemaps import SectionSitemap
from notices.models import Notice


class NoticeSitemap(SectionSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Notice.objects.published().only("slug", "updated_at").order_by("-pk")

    def lastmod(self, item):
        return item.updated_at
