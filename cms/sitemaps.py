"""XML sitemap sections owned by cms: the editable pages and the fixed entry pages."""

from django.urls import reverse

from cms.models import Page
from core.syndication.sitemaps import SectionSitemap


class BilingualSitemap(SectionSitemap):
    """A section whose items may exist in both languages: each lists its versions as hreflang alternates."""

    def versions(self, item):
        """Return {language: path} of item's versions (one entry: no alternates)."""
        raise NotImplementedError

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            versions = {code: path for code, path in self.versions(url["item"]).items() if path}
            if len(versions) > 1:
                url["alternates"] = [{"lang_code": code, "location": f"{protocol}://{domain}{path}"}
                                     for code, path in versions.items()]
        return urls


class PageSitemap(BilingualSitemap):
    changefreq = "monthly"
    priority = 0.6

    def versions(self, item):
        return {"vi": item.get_absolute_url(), "en": item.get_english_url()}

    def items(self):
        # The contact page is listed with the entry pages: it exists even without a "lien-he" page.
        return Page.objects.select_related("parent").exclude(slug="lien-he", parent__isnull=True).order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class EntrySitemap(BilingualSitemap):
    """Fixed pages named by URL name."""

    ENGLISH = {"home": "english:home", "contact": "english:contact"}

    changefreq = "daily"
    priority = 0.8

    def __init__(self, names):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)

    def versions(self, item):
        return {"vi": reverse(item), "en": reverse(self.ENGLISH[item]) if item in self.ENGLISH else None}


class EnglishPageSitemap(PageSitemap):
    """The English versions of the pages, the English home and contact page."""

    priority = 0.5

    def items(self):
        pages = [page for page in Page.objects.select_related("parent").exclude(title_en="").order_by("pk")
                 if page.get_english_url()]
        has_contact = any(page.slug == "lien-he" and not page.parent_id for page in pages)
        return ["home", *([] if has_contact else ["contact"]), *pages]

    def location(self, item):
        if isinstance(item, str):
            return reverse(f"english:{item}")
        return item.get_english_url()

    def versions(self, item):
        if isinstance(item, str):
            return {"vi": reverse("home" if item == "home" else "contact"), "en": self.location(item)}
        return super().versions(item)

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at
