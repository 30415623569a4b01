"""A document names its issuing body as it was called on the issue date, and its signer by the State
title held that day: "Trưởng Thi hành án dân sự tỉnh", never "Bí thư Đảng ủy, Cục trưởng"."""

import datetime
import json
import re

import feedparser
import pytest
from django.urls import reverse

from documents.models import Document
from documents.tests.factories import make_document, make_issuer
from organisation.tests import renamed as r

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_cached(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def department(site_settings):
    return r.renamed_department()


@pytest.fixture
def documents(department):
    issuer = make_issuer("Thi hành án dân sự tỉnh Thanh Hóa", unit=department.agency)
    return {
        2023: make_document(number="12/QĐ-CTHADS", issuer=issuer, signer=department.director,
                            issued_on=datetime.date(2023, 3, 1)),
        2026: make_document(number="5/QĐ-THADS", issuer=issuer, signer=department.director,
                            issued_on=datetime.date(2026, 2, 2)),
    }


def legislation_ld(html):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == "Legislation":
            return data
    raise AssertionError("no Legislation JSON-LD")


def test_signer_is_named_by_the_state_title_of_the_issue_date_only(documents):
    assert documents[2023].signer_name == f"Hoàng Văn Truyền – {r.DIRECTOR_BEFORE}"
    assert documents[2026].signer_name == f"Hoàng Văn Truyền – {r.DIRECTOR_AFTER}"
    for document in documents.values():
        assert r.PARTY_SECRETARY not in Document.objects.get(pk=document.pk).signer_name


def test_the_page_and_json_ld_name_the_issuer_of_the_issue_date(client, documents):
    html = client.get(documents[2023].get_absolute_url()).content.decode()
    data = legislation_ld(html)
    assert data["legislationPassedBy"]["name"] == r.AGENCY_BEFORE
    assert data["author"]["name"] == f"Hoàng Văn Truyền – {r.DIRECTOR_BEFORE}"
    assert f'<meta name="DC.creator" content="{r.AGENCY_BEFORE}">' in html
    assert f"<td>{r.AGENCY_BEFORE}</td>" in html and r.PARTY_SECRETARY not in html
    html = client.get(documents[2026].get_absolute_url()).content.decode()
    assert legislation_ld(html)["legislationPassedBy"]["name"] == r.AGENCY_AFTER
    assert f"<td>Hoàng Văn Truyền – {r.DIRECTOR_AFTER}</td>" in html


def test_the_list_and_the_feed_name_the_issuer_of_each_issue_date(client, documents):
    html = client.get(reverse("documents:list")).content.decode()
    assert f"<td>{r.AGENCY_BEFORE}</td>" in html and f"<td>{r.AGENCY_AFTER}</td>" in html
    feed = feedparser.parse(client.get(reverse("documents:feed")).content)
    authors = {entry.title: entry.author for entry in feed.entries}
    assert authors == {documents[2023].title: r.AGENCY_BEFORE, documents[2026].title: r.AGENCY_AFTER}


def test_an_outside_body_keeps_its_own_name(client, department):
    document = make_document(issuer=make_issuer("Bộ Tư pháp"), issued_on=datetime.date(2023, 3, 1))
    assert document.issuer_name == "Bộ Tư pháp"
