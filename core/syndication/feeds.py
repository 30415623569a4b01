"""RSS 2.0 for every app's feeds: text through the export cleaner, and pictures where there are some.

Every feed derives from CleanFeed, whose generator passes each text of the channel and of
its items through core.exportsafe.export_text: one control character typed into a question
or pasted from Word into a title would otherwise make Django's XML writer raise, and the
feed answer 500 to every reader.

Pictures: a channel <image> and one <enclosure> per item (PictureFeed).

The W3C feed validator's rules: an enclosure has an absolute url, its length in bytes and
a MIME type; the channel image is a GIF, JPEG or PNG of at most 144x400 pixels whose title
and link repeat the channel's.
"""

import copy

from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed

from core.exportsafe import export_text
from core.files.images import RENDITION_MIME_TYPES, rendition_file
from core.syndication.metadata import FEED_EMBLEM

# Wide enough for a reader's column, small enough for twenty items in one fetch.
ENCLOSURE_WIDTH = 800


def _clean(value):
    """Return value with every text in it (also inside lists and dicts) through export_text."""
    if isinstance(value, str):
        return export_text(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_clean(part) for part in value)
    if isinstance(value, dict):
        return {key: _clean(part) for key, part in value.items()}
    return value


class CleanRssFeed(Rss201rev2Feed):
    """RSS 2.0 whose channel and item texts hold no character XML 1.0 or a reader cannot take."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.feed = _clean(self.feed)

    def add_item(self, *args, **kwargs):
        super().add_item(*args, **kwargs)
        self.items[-1] = _clean(self.items[-1])


class CleanFeed(Feed):
    """The base of every feed of the portal: RSS 2.0 written through the export cleaner."""

    feed_type = CleanRssFeed


class PictureRssFeed(CleanRssFeed):
    """RSS 2.0 whose channel carries an <image> when the feed is given one."""

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        image = self.feed.get("channel_image")
        if image:
            handler.startElement("image", {})
            handler.addQuickElement("url", image["url"])
            handler.addQuickElement("title", self.feed["title"])
            handler.addQuickElement("link", self.feed["link"])
            handler.addQuickElement("width", str(image["width"]))
            handler.addQuickElement("height", str(image["height"]))
            handler.endElement("image")


class PictureFeed(CleanFeed):
    """A Feed with the agency's emblem as channel image; item_picture() names each item's picture."""

    feed_type = PictureRssFeed
    request = None

    def get_feed(self, obj, request):
        # One Feed instance serves every request: work on a copy that knows this one.
        feed = copy.copy(self)
        feed.request = request
        return super(PictureFeed, feed).get_feed(obj, request)

    def feed_extra_kwargs(self, obj):
        path, width, height, _mime = FEED_EMBLEM
        url = self.request.build_absolute_uri(static(path))
        return {"channel_image": {"url": url, "width": width, "height": height}}

    def item_picture(self, item):
        """Return the image file shown with item, or None."""
        return None

    def item_enclosures(self, item):
        picture = self.item_picture(item)
        found = rendition_file(picture, ENCLOSURE_WIDTH) if picture else None
        if not found:
            return []
        url, _width, _height, length = found
        return [Enclosure(self.request.build_absolute_uri(url), str(length), RENDITION_MIME_TYPES["jpeg"])]
