"""RSS 2.0 feed of the latest published documents: /van-ban/rss/."""

from django.urls import reverse
from django.utils.translation import gettext as _

from cms.models import SiteSettings
from core.syndication.feeds import CleanFeed
from documents.models import Document

FEED_SIZE = 20


class LatestDocumentsFeed(CleanFeed):
    def title(self):
        return _("Documents of %(agency)s") % {"agency": SiteSettings.load().agency_name}

    def link(self):
        return reverse("documents:list")

    def description(self):
        return _("The latest documents published on the portal.")

    def items(self):
        return (Document.objects.published().select_related("issuer__unit").prefetch_related("issuer__unit__names")
                .order_by("-published_at", "-pk")[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.issuer_name

    def item_categories(self, item):
        return [item.get_kind_display()]

    def item_link(self, item):
        return item.get_absolute_url()

    def feed_copyright(self):
        return SiteSettings.load().agency_name
