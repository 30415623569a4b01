"""XML sitemap section of the published answers (no personal data: addresses and dates only)."""

from django.contrib.sitemaps import Sitemap

from feedback.models import Submission


class AnswerSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5
    limit = 5000

    def items(self):
        return Submission.objects.published().only("pk", "published_at", "answered_at").order_by("-pk")

    def lastmod(self, item):
        return item.published_at
