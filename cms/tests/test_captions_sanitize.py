"""The sanitiser keeps the editor's captioned photo and nothing more (issue 12, item 7)."""

from cms.richtext import sanitize


def test_a_captioned_photo_is_kept_whole():
    html = ('<figure class="image"><img alt="Mô tả" src="/media/uploads/a.jpg" width="640" height="480">'
            '<figcaption>Chú thích</figcaption></figure>')
    assert sanitize(html) == html


def test_only_the_editor_s_class_survives_on_figure():
    cleaned = sanitize('<figure class="image evil" onclick="x()"><img src="/a.jpg" class="x">'
                       '<figcaption onmouseover="y()">Chú thích</figcaption></figure>')
    assert cleaned == '<figure class="image"><img src="/a.jpg"><figcaption>Chú thích</figcaption></figure>'
