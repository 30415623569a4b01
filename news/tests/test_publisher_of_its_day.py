"""An article's publisher is the agency under the name it bore on the publication day.

JSON-LD, Dublin Core and the feed of a 2023 article name "Cục Thi hành án dân sự tỉnh Thanh Hóa";
those of a 2026 article "Thi hành án dân sự tỉnh Thanh Hóa". The site's own name (og:site_name,
the feed's channel) is today's. The stored page follows an edit of the dated names.
"""

import json
import re

import feedparser
import pytest
from django.urls import reverse

from news.tests.factories import local_datetime, make_article
from organisation.models import UnitName
from organisation.tests import renamed as r

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_cached(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0


@pytest.fixture
def department(site_settings):
    return r.renamed_department()


@pytest.fixture
def articles(department):
    return {
        2023: make_article(title="Đồng chí Bí thư Đảng ủy làm việc với Chi đoàn",
                           published_at=local_datetime(2023, 3, 31, 9)),
        # 06:30 on 1 July in Hà Nội is still 30 June in UTC: the local day counts.
        2025: make_article(title="Ngày đầu mang tên mới", published_at=local_datetime(2025, 7, 1, 6, 30)),
        2026: make_article(title="Hội nghị triển khai nhiệm vụ năm 2026",
                           published_at=local_datetime(2026, 1, 15, 9)),
    }


def page(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def news_article_ld(html):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data.get("@type") == "NewsArticle":
            return data
    raise AssertionError("no NewsArticle JSON-LD")


def meta(html, name):
    found = re.search(rf'<meta (?:name|property)="{re.escape(name)}" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_json_ld_of_a_2023_and_a_2026_article_name_the_publisher_of_their_day(client, articles):
    assert news_article_ld(page(client, articles[2023]))["publisher"]["name"] == r.AGENCY_BEFORE
    assert news_article_ld(page(client, articles[2025]))["publisher"]["name"] == r.AGENCY_AFTER
    assert news_article_ld(page(client, articles[2026]))["publisher"]["name"] == r.AGENCY_AFTER


def test_dublin_core_names_the_publisher_of_the_day_and_open_graph_the_site_of_today(client, articles):
    old = page(client, articles[2023])
    assert meta(old, "DC.publisher") == r.AGENCY_BEFORE
    assert meta(old, "DC.creator") == r.AGENCY_BEFORE  # no byline: the publisher wrote it
    assert meta(old, "og:site_name") == r.AGENCY_AFTER
    assert meta(page(client, articles[2026]), "DC.publisher") == r.AGENCY_AFTER


def test_feed_items_name_their_publisher_the_channel_todays_agency(client, articles):
    response = client.get(reverse("news:feed"))
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    publishers = {entry.title: entry.publisher for entry in feed.entries}
    assert publishers == {articles[2026].title: r.AGENCY_AFTER, articles[2025].title: r.AGENCY_AFTER,
                          articles[2023].title: r.AGENCY_BEFORE}
    assert feed.feed.rights == r.AGENCY_AFTER


def test_the_stored_page_follows_an_edit_of_the_former_name(client, articles, department):
    assert meta(page(client, articles[2023]), "DC.publisher") == r.AGENCY_BEFORE
    former = UnitName.objects.get(unit=department.agency, valid_to__isnull=False)
    former.name = "Cục Thi hành án dân sự tỉnh Thanh Hoá (chính tả cũ)"
    former.save()
    html = page(client, articles[2023])
    assert meta(html, "DC.publisher") == former.name
    assert news_article_ld(html)["publisher"]["name"] == former.name
    assert meta(page(client, articles[2026]), "DC.publisher") == r.AGENCY_AFTER
