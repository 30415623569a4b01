import pytest

from core.richtext import sanitize
from news.tests.factories import make_article


@pytest.mark.parametrize(
    ("dirty", "forbidden"),
    [
        ("<p>Tin</p><script>alert(1)</script>", "<script"),
        ('<img src="x.jpg" onerror="alert(1)">', "onerror"),
        ('<a href="javascript:alert(1)">bấm</a>', "javascript:"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">bấm</a>', "data:"),
        ('<img src="data:image/png;base64,AAAA">', "data:"),
        ('<iframe src="https://example.com"></iframe>', "<iframe"),
        ('<p style="position:fixed;background:url(x)">a</p>', "position"),
        ("<svg><script>alert(1)</script></svg>", "<svg"),
        ('<form action="/x"><input name="a"></form>', "<form"),
        ("<style>body{display:none}</style>", "<style"),
    ],
)
def test_sanitize_removes_dangerous_markup(dirty, forbidden):
    assert forbidden not in sanitize(dirty).lower()


def test_sanitize_keeps_editor_formatting():
    html = (
        '<h2>Tiêu đề</h2><p style="text-align:center"><strong>Đậm</strong> <em>nghiêng</em></p>'
        '<img src="/media/uploads/anh.jpg" alt="Ảnh"><table><tbody><tr><td>1</td></tr></tbody></table>'
    )
    clean = sanitize(html)
    for kept in ("<h2>", "text-align:center", "<strong>", '<img src="/media/uploads/anh.jpg" alt="Ảnh">', "<td>"):
        assert kept in clean


def test_links_get_noopener():
    assert 'rel="noopener noreferrer"' in sanitize('<a href="https://moj.gov.vn">Bộ Tư pháp</a>')


@pytest.mark.django_db
def test_article_body_is_sanitised_on_every_save():
    article = make_article(body='<p onclick="x()">Tin</p><script>alert(1)</script>')
    article.refresh_from_db()
    assert article.body == "<p>Tin</p>"
