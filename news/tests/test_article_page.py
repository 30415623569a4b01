"""The article page's metadata (title, description, canonical, Open Graph, Dublin Core, JSON-LD),
its tools (print, email, text size) and the print version."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from news.models import Article
from news.tests.factories import image_upload, local_datetime, make_article

pytestmark = pytest.mark.django_db


class HeadReader(HTMLParser):
    """Collect <meta>, <link> and JSON-LD scripts of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self._in_json = {}, {}, [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta[attrs.get("name") or attrs["property"]] = attrs["content"]
        elif tag == "link":
            self.links[attrs["rel"]] = attrs["href"]
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json = True

    def handle_data(self, data):
        if self._in_json:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        self._in_json = False


@pytest.fixture
def article(site_settings):
    return make_article(
        title="Đảng ủy Cục làm việc với Chi đoàn </script><b>",
        summary="Tóm tắt buổi làm việc.", byline="Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn",
        cover=image_upload("bia.jpg", size=(1600, 900)), published_at=local_datetime(2023, 4, 3, 6, 30),
    )


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    reader = HeadReader()
    reader.feed(response.content.decode())
    return response.content.decode(), reader


def test_article_page_carries_every_metadata_set(client, article):
    html, head = read(client, article.get_absolute_url())
    canonical = "http://testserver" + article.get_absolute_url()
    assert re.search(r"<title>Đảng ủy Cục làm việc với Chi đoàn &lt;/script&gt;&lt;b&gt; – Cục Thi hành án", html)
    assert head.meta["description"] == "Tóm tắt buổi làm việc."
    assert head.links["canonical"] == canonical
    assert head.meta["og:title"] == article.title
    assert head.meta["og:url"] == canonical
    assert head.meta["og:image"].startswith("http://testserver/media/renditions/1200/")
    assert head.meta["DC.title"] == article.title
    assert head.meta["DC.creator"] == "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn"
    assert head.meta["DC.date"] == "2023-04-03"
    assert head.meta["DC.description"] == "Tóm tắt buổi làm việc."
    assert head.meta["DC.publisher"] == "Cục Thi hành án dân sự tỉnh Thanh Hóa"
    assert head.meta["DC.identifier"] == canonical
    data, crumbs = head.json_ld
    assert crumbs["@type"] == "BreadcrumbList"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["datePublished"] == "2023-04-03T06:30:00+07:00"
    assert data["publisher"]["name"] == "Cục Thi hành án dân sự tỉnh Thanh Hóa"
    assert data["image"] == [head.meta["og:image"]]
    # The title's "</script>" cannot close the JSON-LD element early.
    assert html.count("</script>") == html.count("<script")


def test_article_without_byline_credits_the_agency(client, site_settings):
    article = make_article(title="Thông báo")
    _html, head = read(client, article.get_absolute_url())
    assert head.meta["DC.creator"] == "Cục Thi hành án dân sự tỉnh Thanh Hóa"
    assert head.meta["og:image"] == "http://testserver/static/img/og-default.png"


def test_article_tools_print_email_and_text_size(client, article):
    html, _head = read(client, article.get_absolute_url())
    print_url = reverse("news:article_print", kwargs={"year": 2023, "month": "04", "day": "03", "slug": article.slug})
    assert f'<a class="tool" href="{print_url}" rel="nofollow">In bài</a>' in html
    mailto = re.search(r'<a class="tool" href="(mailto:[^"]+)">Gửi email</a>', html).group(1)
    fields = parse_qs(urlsplit(mailto.replace("&amp;", "&")).query)
    assert fields["subject"] == [article.title]
    assert fields["body"] == [f"{article.title}\nhttp://testserver{article.get_absolute_url()}"]
    for label in ("A-", "A", "A+"):
        assert f'>{label}<span class="visually-hidden">' in html
    assert '<script src="/static/news/js/article-tools.js" defer></script>' in html
    assert "<script>" not in html  # no inline script


@pytest.mark.parametrize("summary, printed", [
    ("", False),  # cut from the body: the body follows, so it would be read twice
    ("Chi đoàn ra quân hỗ trợ người dân trong mùa mưa lũ.", True),
])
def test_the_print_version_prints_the_summary_only_when_the_writer_wrote_one(client, summary, printed):
    article = make_article(summary=summary, body="<p>Sáng nay đoàn viên chi đoàn đã có mặt tại xã từ sớm.</p>")
    html = client.get(article.get_absolute_url() + "in/").content.decode()
    assert ('class="print-summary"' in html) is printed
    assert html.count("Sáng nay đoàn viên chi đoàn") == 1


def test_print_version_is_a_clean_page_with_header_url_and_date(client, article):
    response = client.get(article.get_absolute_url() + "in/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<link rel="stylesheet" href="/static/news/css/article-print.css">' in html
    assert "Cục Thi hành án dân sự tỉnh Thanh Hóa" in html
    assert "03/04/2023 06:30" in html
    assert f"http://testserver{article.get_absolute_url()}" in html
    assert "Tin bài: Tuấn Linh" in html
    assert 'class="main-nav"' not in html and 'class="sidebar"' not in html


def test_print_version_of_a_draft_is_not_found(client, site_settings):
    draft = make_article(title="Nháp", status=Article.Status.DRAFT, published_at=local_datetime(2023, 4, 3))
    assert client.get(draft.get_absolute_url() + "in/").status_code == 404
