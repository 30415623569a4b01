"""Personal data stays out of published questions however it is typed (feedback/redact.py)."""

import unicodedata

import pytest

from feedback.models import Submission
from feedback.redact import HIDDEN, redact
from feedback.tests.factories import ASKER, make_answer

NAME = ASKER["name"]  # Trần Thị Bích


@pytest.mark.parametrize("typed", [
    "Trần Thị Bích", "Tran Thi Bich", "TRẦN THỊ BÍCH", "tran  thi\tbich", "Trần\u00a0Thị Bích",
    unicodedata.normalize("NFD", "Trần Thị Bích"),
])
def test_the_name_is_hidden_however_it_is_typed(typed):
    result = redact(f"Tôi là {typed}, xin hỏi.", names=(NAME,))
    assert result == f"Tôi là {HIDDEN}, xin hỏi."


def test_a_name_typed_decomposed_in_the_field_is_found_composed_in_the_text():
    assert redact("Tôi là Trần Thị Bích.", names=(unicodedata.normalize("NFD", NAME),)) == f"Tôi là {HIDDEN}."


def test_a_name_is_not_hidden_inside_longer_words():
    assert redact("Anh Lan ở Lanh Chánh", names=("Lan",)) == f"Anh {HIDDEN} ở Lanh Chánh"


@pytest.mark.parametrize("phone", [
    "0912 345 678", "0912-345-678", "0912.345.678", "0912345678", "(0237) 3.852.123", "(0237) 3852123",
    "0237.3852123", "0237 3852 123", "+84 (0) 912 345 678", "+84 912 345 678", "+84912345678", "(024) 3825 1234",
])
def test_vietnamese_phone_numbers_are_hidden(phone):
    assert redact(f"Số điện thoại: {phone}.") == f"Số điện thoại: {HIDDEN}."


@pytest.mark.parametrize("text", [
    "Ngày 07/12/2026 tôi nhận quyết định.", "Ngày 01.02.2026 08:30 tôi đến.", "Quyết định số 15/QĐ-CTHADS.",
    "Số tiền 1.000.000 đồng.", "Số tiền 120.000.000 đồng.", "Bản án số 0123/2025/DS-ST.", "Điều 48 khoản 2.",
])
def test_dates_document_numbers_and_money_are_kept(text):
    assert redact(text) == text


def test_two_phones_in_a_row_are_both_hidden():
    assert redact("0912345678 0987654321") == f"{HIDDEN} {HIDDEN}"


def test_an_identity_card_number_is_hidden():
    assert redact("CCCD 038090001234 cấp ngày 01/02/2021") == f"CCCD {HIDDEN} cấp ngày 01/02/2021"


@pytest.mark.parametrize("email", [
    "ten@mien.vn", "ten(a)mien.vn", "ten(at)mien.vn", "ten [at] mien [dot] vn", "ten @ mien . vn",
    "ten.ho [a] gmail (dot) com", "ten a còng gmail chấm com", "TEN(AT)MIEN.VN",
])
def test_e_mails_are_hidden_even_obfuscated(email):
    assert redact(f"Thư: {email} nhé") == f"Thư: {HIDDEN} nhé"


def test_the_askers_own_address_and_phone_are_hidden():
    text = "Tôi ở so 5 ngo Mau, phuong Thi Du; gọi 91 234 5678 hoặc Số 5 Ngõ Mẫu."
    result = redact(text, addresses=(ASKER["address"],), phones=("0912345678",))
    assert result == f"Tôi ở {HIDDEN}; gọi {HIDDEN} hoặc {HIDDEN}."



@pytest.fixture
def leaky_answer(db, field):
    content = ("Tôi là Tran  Thi Bich, ở số 5 ngõ Mẫu, phường Thí Dụ, "
               "điện thoại (0237) 3.852.123, thư bich(a)mien.vn. Xin hỏi về thủ tục nhận tiền.")
    return make_answer(title="Thủ tục nhận tiền của Tran Thi Bich", content=content, field=field)


def test_the_answer_page_and_the_feed_show_no_personal_data(client, leaky_answer):
    for url in (leaky_answer.get_absolute_url(), "/hoi-dap/rss/"):
        page = client.get(url).content.decode()
        for leak in ("Tran  Thi", "Tran Thi", "Bich", "3.852.123", "bich(a)mien", "ngõ Mẫu"):
            assert leak not in page, (url, leak)


@pytest.mark.parametrize("query", ["Bich", "Bích", "Trần Thị Bích", "tran thi", "3852123", "ngo mau", "mien.vn"])
def test_search_does_not_find_the_answer_by_the_askers_details(client, leaky_answer, query):
    # Only the redacted text is indexed: a search for the asker's details finds nothing.
    assert "Thủ tục nhận tiền" not in client.get("/hoi-dap/", {"q": query}).content.decode()
    assert "Bich" not in leaky_answer.search_folded and "bich" not in leaky_answer.search_folded


def test_search_still_finds_the_answer_by_its_subject(client, leaky_answer):
    assert "Thủ tục nhận tiền" in client.get("/hoi-dap/", {"q": "thu tuc nhan tien"}).content.decode()
    assert Submission.objects.published().count() == 1
