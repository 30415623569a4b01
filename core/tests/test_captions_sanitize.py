"""The sanitiser keeps the editor's captioned photo and nothing more (issue 12, item 7)."""

import re

import pytest
from django.conf import settings

from core.richtext import CAPTION_PLACEHOLDERS, sanitize


def test_a_captioned_photo_is_kept_whole():
    html = ('<figure class="image"><img alt="Mô tả" src="/media/uploads/a.jpg" width="640" height="480">'
            '<figcaption>Chú thích</figcaption></figure>')
    assert sanitize(html) == html


def test_only_the_editor_s_class_survives_on_figure():
    cleaned = sanitize('<figure class="image evil" onclick="x()"><img src="/a.jpg" class="x">'
                       '<figcaption onmouseover="y()">Chú thích</figcaption></figure>')
    assert cleaned == '<figure class="image"><img src="/a.jpg"><figcaption>Chú thích</figcaption></figure>'


PHOTO = '<figure class="image"><img alt="Lễ ra quân" src="/media/uploads/a.jpg">'


@pytest.mark.parametrize("caption", [
    "Nhập chú thích ảnh",  # our hint (static/js/editor-dialogs.js)
    "Nhãn",  # CKEditor's own Vietnamese hint, when our script has not run
    "Caption",  # and its English one
    " Nhập chú thích&nbsp;ảnh <br>",  # the same words after the editor touched the spacing
    "<strong>Nhập chú thích ảnh</strong>",
    "",
    "&nbsp;",
    "<br>",
    " \n ",
])
def test_an_untouched_or_empty_caption_is_dropped_and_the_photo_stays(caption):
    cleaned = sanitize(f"<p>Trước</p>{PHOTO}<figcaption>{caption}</figcaption></figure><p>Sau</p>")
    assert cleaned == f"<p>Trước</p>{PHOTO}</figure><p>Sau</p>"


def test_a_written_caption_is_kept_even_when_it_mentions_the_hint_words():
    html = (f'{PHOTO}<figcaption>Nhập chú thích ảnh: ra quân tháng Thanh niên</figcaption></figure>'
            f'{PHOTO}<figcaption>Đoàn viên <em>ra quân</em></figcaption></figure>')
    assert sanitize(html) == html


def test_only_the_placeholder_caption_goes_when_an_article_has_several_photos():
    html = (f"{PHOTO}<figcaption>Nhãn</figcaption></figure>"
            f"{PHOTO}<figcaption>Ảnh: Chi đoàn Cục</figcaption></figure>"
            f"{PHOTO}<figcaption></figcaption></figure>")
    assert sanitize(html) == (f"{PHOTO}</figure>{PHOTO}<figcaption>Ảnh: Chi đoàn Cục</figcaption></figure>"
                              f"{PHOTO}</figure>")


def test_the_editor_script_writes_the_placeholder_the_sanitiser_knows():
    script = (settings.BASE_DIR / "static" / "js" / "editor-dialogs.js").read_text(encoding="utf-8")
    hint = re.search(r'captionPlaceholder = "([^"]+)"', script).group(1)
    assert hint in CAPTION_PLACEHOLDERS


@pytest.mark.django_db
def test_a_saved_article_never_keeps_the_placeholder_caption():
    from news.tests.factories import make_article

    article = make_article(body=f"<p>Tin</p>{PHOTO}<figcaption>Nhập chú thích ảnh</figcaption></figure>")
    article.refresh_from_db()
    assert "figcaption" not in article.body and "<img" in article.body
