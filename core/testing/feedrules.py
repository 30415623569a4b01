"""The RSS 2.0 rules the W3C feed validator applies to enclosures and channel images.

The validator (validator.w3.org/feed) has no package on PyPI, npm or Debian; these are its
checks for the two elements, from its documentation of the messages it gives:
- enclosure: url, length and type are all required; url is an absolute http(s) URL;
  length is a non-negative integer (bytes); type is a MIME type; at most one per item.
- channel image: url, title and link are required; url is absolute and names a GIF, JPEG
  or PNG; title and link equal the channel's; width is at most 144, height at most 400,
  both positive integers (defaults 88 and 31).
"""

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$", re.IGNORECASE)
_IMAGE_EXTENSIONS = (".gif", ".jpg", ".jpeg", ".png")


def _absolute(url):
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _integer(text):
    return bool(re.fullmatch(r"[0-9]+", (text or "").strip()))


def enclosure_problems(item):
    """Return what breaks the validator's enclosure rules in one <item>."""
    problems = []
    enclosures = item.findall("enclosure")
    if len(enclosures) > 1:
        problems.append("more than one enclosure in an item")
    for enclosure in enclosures:
        url, length, mime = (enclosure.get(name) for name in ("url", "length", "type"))
        if url is None or length is None or mime is None:
            problems.append(f"enclosure lacks an attribute: {enclosure.attrib}")
            continue
        if not _absolute(url):
            problems.append(f"enclosure url is not absolute: {url!r}")
        if not _integer(length):
            problems.append(f"enclosure length is not an integer: {length!r}")
        if not _MIME.match(mime):
            problems.append(f"enclosure type is not a MIME type: {mime!r}")
    return problems


def channel_image_problems(channel):
    """Return what breaks the validator's rules for the channel's <image>, or that it is missing."""
    image = channel.find("image")
    if image is None:
        return ["channel has no image"]
    problems = []
    fields = {name: image.findtext(name) for name in ("url", "title", "link", "width", "height")}
    for name in ("url", "title", "link"):
        if not fields[name]:
            problems.append(f"image lacks {name}")
    if fields["url"] and not _absolute(fields["url"]):
        problems.append(f"image url is not absolute: {fields['url']!r}")
    if fields["url"] and not urlsplit(fields["url"]).path.lower().endswith(_IMAGE_EXTENSIONS):
        problems.append(f"image is not a GIF, JPEG or PNG: {fields['url']!r}")
    if fields["title"] != channel.findtext("title"):
        problems.append("image title differs from the channel title")
    if fields["link"] != channel.findtext("link"):
        problems.append("image link differs from the channel link")
    for name, limit in (("width", 144), ("height", 400)):
        value = fields[name]
        if value is None:
            continue
        if not _integer(value) or not 0 < int(value) <= limit:
            problems.append(f"image {name} must be 1-{limit}: {value!r}")
    return problems


def rss_picture_problems(xml):
    """Return every enclosure and channel image problem of an RSS 2.0 document."""
    root = ElementTree.fromstring(xml)
    channel = root.find("channel")
    problems = channel_image_problems(channel)
    for item in channel.findall("item"):
        problems += enclosure_problems(item)
    return problems
