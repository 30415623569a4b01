"""Feeds carry pictures: an enclosure per item with a cover, the emblem as channel image."""

import io
from xml.etree import ElementTree

import feedparser
import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

from core.syndication.feeds import ENCLOSURE_WIDTH
from core.testing.feedrules import rss_picture_problems
from news.tests.factories import image_upload, make_article, make_category

pytestmark = pytest.mark.django_db


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def covered(site_settings):
    return make_article(title="Chi đoàn ra quân", cover=image_upload("bia.jpg", size=(2000, 1500)))


@pytest.mark.parametrize("feed", ["latest", "category"])
def test_feed_items_with_a_cover_have_an_enclosure_of_a_rendition(client, covered, feed):
    plain = make_article(title="Thông báo không ảnh", category=covered.category)
    url = reverse("news:feed") if feed == "latest" else reverse("news:category_feed", args=[covered.category.slug])
    xml = fetch(client, url)
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    entries = {entry.title: entry for entry in parsed.entries}
    assert entries[plain.title].enclosures == []
    [enclosure] = entries[covered.title].enclosures
    assert enclosure.href.startswith(f"http://testserver/media/renditions/{ENCLOSURE_WIDTH}/")
    assert enclosure.type == "image/jpeg"
    # The length is the byte count a reader fetches, and the picture is what the type says.
    data = fetch(client, enclosure.href.removeprefix("http://testserver"))
    assert int(enclosure.length) == len(data)
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "JPEG" and picture.size == (ENCLOSURE_WIDTH, 600)
    assert rss_picture_problems(xml) == []


def test_feed_channel_image_is_the_emblem_as_a_small_png(client, site_settings):
    category = make_category(name="Thông báo")
    for url in (reverse("news:feed"), reverse("news:category_feed", args=[category.slug])):
        xml = fetch(client, url)
        parsed = feedparser.parse(xml)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        image = parsed.feed.image
        assert image.href == "http://testserver/static/img/emblem-144.png"
        assert image.title == parsed.feed.title and image.link == parsed.feed.link
        assert rss_picture_problems(xml) == []
        channel = ElementTree.fromstring(xml).find("channel/image")
        with open(finders.find("img/emblem-144.png"), "rb") as handle:
            emblem = Image.open(handle)
            emblem.load()
        assert emblem.format == "PNG"
        assert emblem.size == (int(channel.findtext("width")), int(channel.findtext("height")))


def test_an_unreadable_cover_gives_no_enclosure_and_no_error(client, covered, settings):
    (settings.MEDIA_ROOT / covered.cover.name).write_bytes(b"not a picture")
    parsed = feedparser.parse(fetch(client, reverse("news:feed")))
    assert parsed.bozo == 0
    assert parsed.entries[0].enclosures == []


BAD_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>http://x.vn/</link>
<image><url>/static/emblem.svg</url><title>Other</title><link>http://x.vn/</link><width>300</width></image>
<item><title>A</title><enclosure url="/media/a.jpg" length="12 kB" type="jpeg"/></item>
<item><title>B</title><enclosure url="http://x.vn/b.jpg" type="image/jpeg"/></item>
</channel></rss>"""


def test_the_feed_rules_catch_what_the_validator_refuses():
    assert rss_picture_problems(BAD_FEED) == [
        "image url is not absolute: '/static/emblem.svg'",
        "image is not a GIF, JPEG or PNG: '/static/emblem.svg'",
        "image title differs from the channel title",
        "image width must be 1-144: '300'",
        "enclosure url is not absolute: '/media/a.jpg'",
        "enclosure length is not an integer: '12 kB'",
        "enclosure type is not a MIME type: 'jpeg'",
        "enclosure lacks an attribute: {'url': 'http://x.vn/b.jpg', 'type': 'image/jpeg'}",
    ]
