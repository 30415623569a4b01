"""A document's page: metadata table, legal force, Dublin Core and schema.org Legislation."""

import datetime
import json
import re

import feedparser
import pytest
from django.utils import timezone

from documents.models import Document
from documents.tests.factories import make_document, make_issuer, make_sector
from news.tests.factories import make_article

pytestmark = pytest.mark.django_db


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_page_shows_the_metadata_table_and_legislation_metadata(client, site_settings):
    document = make_document(number="123/QĐ-CTHADS", issuer=make_issuer("Cục THADS tỉnh Thanh Hóa"),
                             sector=make_sector("Thi hành án dân sự"), signer_name="Nguyễn Văn A – Cục trưởng",
                             issued_on=datetime.date(2023, 3, 31), effective_on=datetime.date(2023, 4, 1),
                             summary="Về việc kiện toàn Tổ công tác")
    article = make_article(title="Hội nghị triển khai quyết định")
    document.related_articles.add(article)
    response = client.get("/van-ban/123-qd-cthads/")
    text = response.text
    assert response.status_code == 200
    for shown in ("123/QĐ-CTHADS", "Quyết định", "Cục THADS tỉnh Thanh Hóa", "Nguyễn Văn A – Cục trưởng",
                  "31/03/2023", "01/04/2023", "Thi hành án dân sự", "Còn hiệu lực", "Hội nghị triển khai quyết định"):
        assert shown in text
    assert '<meta name="DC.identifier" content="123/QĐ-CTHADS">' in text
    assert '<meta name="DC.date" content="2023-03-31">' in text
    data = json_ld(text)
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "123/QĐ-CTHADS"
    assert data["legislationDate"] == "2023-03-31"
    assert data["legislationDateOfApplicability"] == "2023-04-01"
    assert data["legislationPassedBy"]["name"] == "Cục THADS tỉnh Thanh Hóa"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"


def test_status_says_replaced_by_with_a_link_and_the_new_one_lists_what_it_replaces(client):
    new = make_document(number="10/QĐ-CTHADS", issued_on=datetime.date(2024, 1, 2))
    old = make_document(number="5/QĐ-CTHADS", replaced_by=new)
    text = client.get(old.get_absolute_url()).text
    assert "Bị thay thế bởi" in text and f'href="{new.get_absolute_url()}"' in text
    assert json_ld(text)["legislationLegalForce"] == "https://schema.org/NotInForce"
    assert f'href="{old.get_absolute_url()}"' in client.get(new.get_absolute_url()).text


def test_expired_document_says_so(client):
    document = make_document(expires_on=timezone.localdate() - datetime.timedelta(days=1),
                             issued_on=datetime.date(2020, 1, 1))
    assert "Hết hiệu lực" in client.get(document.get_absolute_url()).text


def test_unknown_or_draft_document_is_404(client):
    draft = make_document(status=Document.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/van-ban/khong-co/").status_code == 404


def test_rss_feed_lists_published_documents(client, site_settings):
    make_document(number="1/TB-CTHADS", kind=Document.Kind.NOTICE, summary="Thông báo lịch tiếp công dân")
    make_document(number="2/TB-CTHADS", status=Document.Status.DRAFT)
    response = client.get("/van-ban/rss/")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Thông báo 1/TB-CTHADS"]
    assert feed.entries[0].summary == "Thông báo lịch tiếp công dân"
    assert feed.entries[0].link.endswith("/van-ban/1-tb-cthads/")


def test_sitemap_lists_published_documents(client):
    published = make_document()
    draft = make_document(status=Document.Status.DRAFT)
    text = client.get("/sitemap.xml").text
    if "<sitemapindex" in text:  # a sitemap index points to the sections
        text = client.get("/sitemap-documents.xml").text
    assert published.get_absolute_url() in text and draft.get_absolute_url() not in text


def test_site_search_shows_documents_beside_the_news(client):
    article = make_article(title="Tin về thi hành án tín dụng")
    make_document(number="7/QĐ-CTHADS", summary="Kiện toàn tổ thi hành án tín dụng")
    text = client.get("/tim-kiem/", {"q": "thi hanh an tin dung"}).text
    assert article.get_absolute_url() in text
    section = text[text.index('id="search-documents-title"'):]
    assert "7/QĐ-CTHADS" in section
