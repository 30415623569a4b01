"""Pictures reach readers as responsive renditions (WebP and JPEG), made once; lists never send originals."""

import re

import pytest
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.template import Context, Template
from PIL import Image

from core.files.images import renditions
from news.tests.factories import image_upload, make_article

pytestmark = pytest.mark.django_db

LIST_PAGES = ["/", "/tin-tuc/", "/tin-tuc/2024/05/", "/tin-tuc/2024/05/06/"]


@pytest.fixture
def with_cover():
    from news.tests.factories import local_datetime

    return make_article(title="Tin có ảnh", cover=image_upload("anh-goc.jpg", size=(2000, 1250)),
                        published_at=local_datetime(2024, 5, 6, 9))


def srcset_urls(page):
    return [part.strip().split()[0] for srcset in re.findall(r'srcset="([^"]+)"', page) for part in srcset.split(",")]


def test_list_pages_send_a_picture_with_webp_and_jpeg_at_two_widths_never_the_original(client, settings, with_cover):
    settings.PAGE_CACHE_SECONDS = 0
    original = with_cover.cover.url
    for url in [*LIST_PAGES, with_cover.category.get_absolute_url()]:
        page = client.get(url).content.decode()
        assert original not in page, url
        picture = re.search(r"<picture>.*?</picture>", page, re.S).group(0)
        webp, jpeg = re.findall(r'srcset="([^"]+)"', picture)
        assert '<source type="image/webp"' in picture, url
        assert re.fullmatch(r"(\S+\.webp \d+w, )+\S+\.webp \d+w", webp), url
        assert re.fullmatch(r"(\S+\.jpg \d+w, )+\S+\.jpg \d+w", jpeg), url
        # The first article on the home page is shown large; cards offer 360 and 720 pixels.
        if url != "/":
            assert webp.endswith(".webp 720w") and ".webp 360w, " in webp, url
            assert 'width="360" height="225"' in picture, url
        for address in srcset_urls(picture):
            assert address.startswith("/media/renditions/"), address


def test_renditions_are_real_files_of_the_stated_format_and_width(client, settings, with_cover):
    client.get("/tin-tuc/")
    for address in srcset_urls(client.get("/tin-tuc/").content.decode()):
        path = settings.MEDIA_ROOT / address.removeprefix("/media/")
        with Image.open(path) as image:
            assert image.format == ("WEBP" if address.endswith(".webp") else "JPEG")
            assert f" {image.width}w" in client.get("/tin-tuc/").content.decode()


def test_renditions_are_made_once_and_then_served_without_touching_storage(client, settings, with_cover, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/tin-tuc/")
    files = sorted((settings.MEDIA_ROOT / "renditions").rglob("*.*"))
    assert {f.suffix for f in files} == {".jpg", ".webp"}
    stamps = [f.stat().st_mtime_ns for f in files]

    def no_storage(*args, **kwargs):
        raise AssertionError("storage touched")

    monkeypatch.setattr(default_storage, "exists", no_storage)
    monkeypatch.setattr(default_storage, "open", no_storage)
    monkeypatch.setattr(default_storage, "save", no_storage)
    client.get("/tin-tuc/")
    monkeypatch.undo()
    # With the memo gone (a new server process), the files on disk are reused, not redrawn.
    cache.clear()
    client.get("/tin-tuc/")
    assert sorted((settings.MEDIA_ROOT / "renditions").rglob("*.*")) == files
    assert [f.stat().st_mtime_ns for f in files] == stamps


def test_a_small_original_is_not_enlarged_nor_listed_twice(with_cover):
    small = make_article(cover=image_upload("nho.jpg", size=(300, 200))).cover
    found = renditions(small, [360, 720], "webp")
    assert [(width, height) for _url, width, height in found] == [(300, 200)]


def test_the_article_page_offers_three_widths_and_keeps_the_caption_as_alt(client, with_cover):
    with_cover.cover_caption = "Toàn cảnh hội nghị"
    with_cover.save()
    page = client.get(with_cover.get_absolute_url()).content.decode()
    assert with_cover.cover.url not in page
    assert re.search(r'\.webp 480w, \S+\.webp 960w, \S+\.webp 1440w"', page)
    assert 'alt="Toàn cảnh hội nghị"' in page


def test_an_unreadable_picture_is_left_out_not_an_error(client, settings, with_cover):
    settings.PAGE_CACHE_SECONDS = 0
    (settings.MEDIA_ROOT / with_cover.cover.name).write_bytes(b"not a picture")
    response = client.get("/tin-tuc/")
    assert response.status_code == 200
    assert "<picture>" not in response.content.decode()
    assert Template("{% load images %}[{% picture cover '360' %}]").render(Context({"cover": with_cover.cover})) == "[]"
