"""The public register: folded name search, filters, removal at once, personal data kept out of reach."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.testing.sitemap_reader import sitemap_text
from notices.tests.factories import make_debtor, make_office

pytestmark = pytest.mark.django_db
URL = "/thong-tin-thi-hanh-an/chua-co-dieu-kien/"


def names(response):
    return [entry.name for entry in response.context["page_obj"].object_list]


def test_name_found_with_or_without_diacritics(client):
    make_debtor(name="Nguyễn Văn A")
    make_debtor(name="Nguyễn Văn Bình")
    for query in ("nguyen van a", "Nguyễn Văn A", "NGUYEN VAN A"):
        assert names(client.get(URL, {"q": query})) == ["Nguyễn Văn A"]


def test_the_count_says_results_since_a_company_is_not_a_person(client):
    make_debtor(name="Công ty TNHH Thương mại Minh Anh")
    make_debtor(name="Trần Minh Anh")
    assert "Tìm thấy 2 kết quả." in client.get(URL, {"q": "minh anh"}).content.decode()


def test_filters_by_office_and_year(client):
    office, other = make_office(name="Chi cục THADS huyện Đông Sơn"), make_office()
    make_debtor(name="Lê Văn Một", office=office, decision_date=datetime.date(2022, 5, 1))
    make_debtor(name="Lê Văn Hai", office=office, decision_date=datetime.date(2023, 5, 1))
    make_debtor(name="Lê Văn Ba", office=other, decision_date=datetime.date(2023, 5, 1))
    assert sorted(names(client.get(URL, {"don_vi": office.pk}))) == ["Lê Văn Hai", "Lê Văn Một"]
    assert names(client.get(URL, {"don_vi": office.pk, "nam": 2023})) == ["Lê Văn Hai"]
    assert sorted(names(client.get(URL, {"q": "le van", "nam": 2023}))) == ["Lê Văn Ba", "Lê Văn Hai"]


def test_removed_entry_disappears_at_once_and_stays_in_history(client):
    debtor = make_debtor(name="Phạm Văn Rút")
    assert names(client.get(URL, {"q": "pham van rut"})) == ["Phạm Văn Rút"]
    debtor.removed_on, debtor.removal_reason = datetime.date.today(), "Đã thi hành xong"
    debtor.save()
    assert names(client.get(URL, {"q": "pham van rut"})) == []
    assert debtor.history.count() == 2


def test_results_are_paginated_by_twenty(client):
    office = make_office()
    for n in range(23):
        make_debtor(name=f"Trần Thị Mẫu {n}", office=office)
    first = client.get(URL, {"q": "tran thi mau"})
    assert len(names(first)) == 20 and first.context["page_obj"].paginator.count == 23
    assert len(names(client.get(URL, {"q": "tran thi mau", "page": 2}))) == 3


def test_a_common_name_says_more_than_the_cap_and_ranks_the_full_name_first(client, monkeypatch):
    monkeypatch.setattr("notices.views.SEARCH_COUNT_CAP", 3)
    office = make_office()
    for n in range(4):
        make_debtor(name=f"Hoàng Thị Mẫu {n}", office=office)
    make_debtor(name="Hoàng Văn Đúng", office=office)
    page = client.get(URL, {"q": "hoang"})
    assert "Tìm thấy hơn 3 mục" in page.content.decode()
    assert names(client.get(URL, {"q": "hoang van dung"}))[0] == "Hoàng Văn Đúng"


def test_no_list_of_everyone_without_a_criterion(client):
    make_debtor(name="Hoàng Văn Ẩn")
    page = client.get(URL)
    assert page.status_code == 200 and "Hoàng Văn Ẩn" not in page.content.decode()
    empty = client.get(URL, {"q": ""})
    assert empty.status_code == 400
    assert "Hãy gõ tên, hoặc chọn đơn vị hoặc năm." in empty.content.decode()


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "a" * 1000, "%00;--", "名字!!"])
def test_odd_or_long_queries_get_a_message_not_a_500(client, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 400
    assert "field-error" in response.content.decode()


def test_pages_are_not_indexed_and_not_in_the_sitemap(client):
    make_debtor(name="Đỗ Văn Riêng")
    response = client.get(URL, {"q": "do van rieng"})
    assert '<meta name="robots" content="noindex, nofollow, noarchive">' in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow, noarchive"
    sitemap = sitemap_text(client)
    assert "chua-co-dieu-kien" not in sitemap and "Riêng" not in sitemap


def test_page_says_why_the_data_is_published_and_how_to_correct_it(client):
    # Which law is cited depends on the day (legal/tests/test_law_switch.py); some law always is.
    page = client.get(URL).content.decode()
    assert "Luật Thi hành án dân sự số" in page and "đính chính" in page


def test_searches_are_rate_limited_per_address(client):
    make_debtor(name="Vũ Văn Tra")
    for _ in range(30):
        assert client.get(URL, {"q": "vu van tra"}).status_code == 200
    limited = client.get(URL, {"q": "vu van tra"})
    assert limited.status_code == 429
    assert "Vũ Văn Tra" not in limited.content.decode()
    other = client.get(URL, {"q": "vu van tra"}, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 200


def test_query_count_does_not_grow_with_the_register(client):
    office = make_office()
    for n in range(3):
        make_debtor(name=f"Bùi Văn {n}", office=office)
    client.get(URL, {"q": "bui"})  # the page's frame is read once per content change
    with CaptureQueriesContext(connection) as small:
        assert len(names(client.get(URL, {"q": "bui van"}))) == 3
    for n in range(3, 60):
        make_debtor(name=f"Bùi Văn {n}", office=office)
    client.get(URL, {"q": "bui"})
    with CaptureQueriesContext(connection) as large:
        assert len(names(client.get(URL, {"q": "bui van"}))) == 20
    assert len(large.captured_queries) == len(small.captured_queries)
