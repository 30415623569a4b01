"""What other programs read from a page: the link preview picture and JSON-LD, shared by every app."""

import json
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.files.images import renditions

# Facebook, Zalo and X show a large card from 1200 pixels wide; the agency's card is 1200x630.
PREVIEW_WIDTH = 1200
DEFAULT_PREVIEW = ("img/og-default.png", 1200, 630, "image/png")
# The RSS channel <image> must be GIF, JPEG or PNG, at most 144x400 pixels.
FEED_EMBLEM = ("img/emblem-144.png", 144, 144, "image/png")
# Characters that could end the <script> element or open markup inside it.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class PreviewImage:
    url: str
    width: int
    height: int
    type: str
    alt: str


def preview_image(request, image_file=None, *, alt, fallback_alt):
    """Return the picture a shared link shows: a rendition of image_file, else the agency's card."""
    found = renditions(image_file, [PREVIEW_WIDTH]) if image_file else []
    if found:
        url, width, height = found[0]
        return PreviewImage(request.build_absolute_uri(url), width, height, "image/jpeg", alt)
    path, width, height, mime = DEFAULT_PREVIEW
    return PreviewImage(request.build_absolute_uri(static(path)), width, height, mime, fallback_alt)


@dataclass(frozen=True)
class StoredPicture:
    """A picture of the site's media storage named in a body (what renditions() needs: its name)."""

    name: str
    alt: str = ""

    def __bool__(self):
        return bool(self.name)


class _FirstPicture(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = None

    def handle_starttag(self, tag, attrs):
        if tag != "img" or self.found is not None:
            return
        attributes = dict(attrs)
        path = unquote(urlsplit(attributes.get("src") or "").path)
        if path.startswith(settings.MEDIA_URL) and ".." not in path:
            self.found = StoredPicture(path.removeprefix(settings.MEDIA_URL), (attributes.get("alt") or "").strip())


def first_stored_picture(html):
    """Return the first picture of html kept in the site's media (a StoredPicture), or None."""
    parser = _FirstPicture()
    parser.feed(html or "")
    return parser.found


def json_ld(data):
    """Return a <script type="application/ld+json"> element, safe against markup in the data."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def organisation(name, logo_url=None, kind="GovernmentOrganization"):
    """Return a schema.org organisation, with its logo when given."""
    data = {"@type": kind, "name": name}
    if logo_url:
        data["logo"] = {"@type": "ImageObject", "url": logo_url}
    return data


def breadcrumb_list(items):
    """Return a schema.org BreadcrumbList of (name, absolute URL) pairs."""
    return {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(items, start=1)
        ],
    }
