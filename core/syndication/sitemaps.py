"""The base of every section of the sitemap index (sitewide/sitemaps.py): one size of file for all."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap


class SectionSitemap(Sitemap):
    """A section of the sitemap index, served in files of SITEMAP_SECTION_SIZE URLs (?p=N)."""

    @property
    def limit(self):
        # Read per use, so that tests and settings overrides apply.
        return settings.SITEMAP_SECTION_SIZE
