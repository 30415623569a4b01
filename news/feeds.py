"""RSS 2.0 feeds: the latest news, and the latest news of one category."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext as _

from cms.models import SiteSettings
from core.syndication.feeds import PictureFeed, PictureRssFeed
from news.models import Article, Category
from news.publisher import publisher_of

FEED_SIZE = 20
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class NewsRssFeed(PictureRssFeed):
    """RSS 2.0 whose items name their publisher (<dc:publisher>): the agency on the publication day."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("publisher"):
            handler.addQuickElement("dc:publisher", item["publisher"])


class LatestNewsFeed(PictureFeed):
    feed_type = NewsRssFeed

    def title(self):
        return _("News of %(agency)s") % {"agency": SiteSettings.load().agency_name}

    def link(self):
        return reverse("news:latest")

    def description(self):
        return _("The latest news published on the portal.")

    def feed_copyright(self):
        return SiteSettings.load().agency_name

    def articles(self):
        return Article.objects.published().for_listing().select_related("author")

    def items(self):
        return self.articles()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers render <description> as HTML; the summary is plain text typed by editors,
        # so it is escaped once more and "<img onerror=…>" in it shows as text, never runs.
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        if item.byline:
            return item.byline
        return item.author.get_full_name() if item.author else None

    def item_categories(self, item):
        return [item.category.name]

    def item_extra_kwargs(self, item):
        # The channel's copyright is today's name; each item's publisher the name of its day.
        return {**super().item_extra_kwargs(item), "publisher": publisher_of(item).name}

    def item_picture(self, item):
        return item.cover


class CategoryFeed(LatestNewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj):
        return f"{obj.name} – {SiteSettings.load().agency_name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.description or _("The latest news of the category %(name)s.") % {"name": obj.name}

    def items(self, obj):
        return self.articles().filter(category=obj)[:FEED_SIZE]
