"""/van-ban/: newest first, filters in every combination, search with or without diacritics."""

import datetime

import pytest

from documents.models import Document
from documents.tests.factories import make_document, make_issuer, make_sector

pytestmark = pytest.mark.django_db


@pytest.fixture
def register():
    cuc = make_issuer("Cục THADS tỉnh Thanh Hóa")
    bo = make_issuer("Bộ Tư pháp")
    qh = make_issuer("Quốc hội")
    enforcement, admin_work = make_sector("Thi hành án dân sự"), make_sector("Hành chính")
    return {
        "decision": make_document(number="123/QĐ-CTHADS", kind=Document.Kind.DECISION, issuer=cuc,
                                  sector=enforcement, issued_on=datetime.date(2023, 3, 31),
                                  summary="Về việc kiện toàn Tổ công tác thi hành án tín dụng ngân hàng"),
        "plan": make_document(number="45/KH-CTHADS", kind=Document.Kind.PLAN, issuer=cuc, sector=admin_work,
                              issued_on=datetime.date(2023, 1, 10), summary="Kế hoạch cải cách hành chính năm 2023"),
        "circular": make_document(number="04/2023/TT-BTP", kind=Document.Kind.CIRCULAR, issuer=bo,
                                  sector=enforcement, issued_on=datetime.date(2023, 8, 14),
                                  summary="Hướng dẫn thủ tục về quản lý hành chính trong thi hành án dân sự"),
        "law": make_document(number="64/2014/QH13", kind=Document.Kind.LAW, issuer=qh, sector=enforcement,
                             issued_on=datetime.date(2014, 11, 25), summary="Luật sửa đổi, bổ sung một số điều "
                                                                          "của Luật Thi hành án dân sự"),
        "draft": make_document(number="200/QĐ-CTHADS", issuer=cuc, status=Document.Status.DRAFT,
                               summary="Quyết định nháp về thi hành án"),
    }


def numbers(response):
    assert response.status_code == 200, response.content[:500]
    return [document.number for document in response.context["object_list"]]


def test_public_list_is_newest_first_and_hides_drafts(client, register):
    assert numbers(client.get("/van-ban/")) == ["04/2023/TT-BTP", "123/QĐ-CTHADS", "45/KH-CTHADS", "64/2014/QH13"]


@pytest.mark.parametrize(("query", "expected"), [
    ("123/QĐ-CTHADS", ["123/QĐ-CTHADS"]),
    ("123/QD-CTHADS", ["123/QĐ-CTHADS"]),
    ("quyet dinh", ["123/QĐ-CTHADS"]),
    ("Quyết định", ["123/QĐ-CTHADS"]),
    # The plan matches too: its issuer, "Cục THADS", is indexed as "thi hành án dân sự" (core/search/abbreviations.py).
    ("thi hanh an", ["04/2023/TT-BTP", "64/2014/QH13", "123/QĐ-CTHADS", "45/KH-CTHADS"]),
    ("THI HÀNH ÁN tín dụng", ["123/QĐ-CTHADS"]),
    ("tt-btp", ["04/2023/TT-BTP"]),
    ("khong co gi", []),
])
def test_search_on_number_symbol_and_summary_ignores_diacritics(client, register, query, expected):
    found = numbers(client.get("/van-ban/", {"q": query}))
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(("params", "expected"), [
    ({"loai": "quyet-dinh"}, ["123/QĐ-CTHADS"]),
    ({"co_quan": "cuc-thads-tinh-thanh-hoa"}, ["123/QĐ-CTHADS", "45/KH-CTHADS"]),
    ({"linh_vuc": "thi-hanh-an-dan-su"}, ["04/2023/TT-BTP", "123/QĐ-CTHADS", "64/2014/QH13"]),
    ({"nam": "2023"}, ["04/2023/TT-BTP", "123/QĐ-CTHADS", "45/KH-CTHADS"]),
    ({"nam": "2023", "linh_vuc": "thi-hanh-an-dan-su"}, ["04/2023/TT-BTP", "123/QĐ-CTHADS"]),
    ({"tu_ngay": "01/03/2023", "den_ngay": "31/03/2023"}, ["123/QĐ-CTHADS"]),
    ({"tu_ngay": "31/03/2023"}, ["04/2023/TT-BTP", "123/QĐ-CTHADS"]),
    ({"co_quan": "cuc-thads-tinh-thanh-hoa", "linh_vuc": "hanh-chinh", "q": "cai cach"}, ["45/KH-CTHADS"]),
    ({"co_quan": "bo-tu-phap", "q": "thi hanh an", "nam": "2014"}, []),
    ({"q": "thi hanh an", "loai": "luat", "den_ngay": "31/12/2020"}, ["64/2014/QH13"]),
])
def test_filters_combine(client, register, params, expected):
    assert numbers(client.get("/van-ban/", params)) == expected


@pytest.mark.parametrize(("params", "message"), [
    ({"tu_ngay": "31/02/2023"}, "Nhập ngày theo dạng ngày/tháng/năm"),
    ({"tu_ngay": "10/05/2023", "den_ngay": "01/05/2023"}, "Ngày bắt đầu không được sau ngày kết thúc"),
    ({"nam": "abc"}, "Nhập một số"),
    ({"nam": "99999"}, "2100"),
    ({"loai": "khong-co"}, "Hãy chọn một lựa chọn hợp lệ"),
    ({"q": "x" * 201}, "Từ khóa quá dài"),
])
def test_bad_filters_answer_400_with_a_vietnamese_message(client, register, params, message):
    response = client.get("/van-ban/", params)
    assert response.status_code == 400
    assert message in response.text


def test_a_query_of_signs_only_finds_nothing_without_error(client, register):
    assert numbers(client.get("/van-ban/", {"q": "///"})) == []


def test_list_is_paginated_by_twenty(client):
    for n in range(23):
        make_document(number=f"{n}/CV-CTHADS", kind=Document.Kind.OFFICIAL_LETTER,
                      issued_on=datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    first = client.get("/van-ban/")
    assert len(first.context["object_list"]) == 20 and first.context["object_list"][0].number == "22/CV-CTHADS"
    second = client.get("/van-ban/", {"page": 2, "loai": "cong-van"})
    assert numbers(second) == ["2/CV-CTHADS", "1/CV-CTHADS", "0/CV-CTHADS"]
    assert client.get("/van-ban/", {"page": 99}).status_code == 404
