"""XML sitemap section of the administrative procedures."""

from core.syndication.sitemaps import SectionSitemap
from procedures.models import Procedure


class ProcedureSitemap(SectionSitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Procedure.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at
