"""XML sitemap section of the published answers (no personal data: addresses and dates only)."""

from core.syndication.sitemaps import SectionSitemap
from feedback.models import Submission


class AnswerSitemap(SectionSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Submission.objects.published().only("pk", "published_at", "answered_at").order_by("-pk")

    def lastmod(self, item):
        return item.published_at
