"""RSS 2.0 feeds of the notices: all of them, and one per kind."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.syndication.feeds import CleanFeed
from core.text import plain_text
from notices.models import Notice
from notices.views import kind_or_404

FEED_SIZE = 20


class NoticeFeed(CleanFeed):
    def get_object(self, request, kind=None):
        return kind_or_404(kind) if kind else None

    def title(self, kind):
        return _("Enforcement notices: %(kind)s") % {"kind": kind.label} if kind else _("Enforcement notices")

    def link(self, kind):
        return reverse("notices:list") + (f"?loai={kind.value}" if kind else "")

    def description(self, kind):
        return _("The latest notices of the civil judgment enforcement offices.")

    def items(self, kind):
        notices = Notice.objects.published().select_related("office").prefetch_related("office__names")
        return (notices.filter(kind=kind) if kind else notices)[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Plain text: feed readers render what they get as HTML.
        return plain_text(item.body)[:500] or item.asset[:500]

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_kind_display(), item.office.name_on(item.notice_date).name]
