"""Looking a submission up by its code: the status and the answer, never anyone's personal data."""

import pytest

from feedback import services
from feedback.tests.factories import ASKER, make_answer, make_submission

pytestmark = pytest.mark.django_db
URL = "/hoi-dap/tra-cuu/"


def personal_data_in(page):
    return [value for value in ASKER.values() if value in page]


def test_the_code_shows_the_status_and_due_date_without_personal_data(client):
    submission = make_submission(title="Hỏi về án phí")
    response = client.get(URL, {"ma": submission.code.lower()})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Đã tiếp nhận" in page and "Hỏi về án phí" in page
    assert submission.due_on.strftime("%d/%m/%Y") in page
    assert personal_data_in(page) == []
    assert response["X-Robots-Tag"] == "noindex"


def test_an_answered_submission_shows_the_answer_even_when_not_published(client):
    submission = make_answer(answer="<p>Ông/bà nộp đơn tại Chi cục.</p>", publish=False)
    page = client.get(URL, {"ma": submission.code}).content.decode()
    assert "Đã trả lời" in page and "Ông/bà nộp đơn tại Chi cục." in page
    assert "Câu trả lời đã đăng" not in page


def test_not_within_competence_shows_the_reason_and_where_to_turn(client):
    submission = make_submission()
    services.mark_not_competent(submission=submission, reason="Tranh chấp đất đai chưa có bản án.",
                                refer_to="Tòa án nhân dân cấp huyện nơi có đất.", actor=None)
    page = client.get(URL, {"ma": submission.code}).content.decode()
    assert "Không thuộc thẩm quyền" in page
    assert "Tranh chấp đất đai chưa có bản án." in page and "Tòa án nhân dân cấp huyện nơi có đất." in page


def test_a_forged_code_finds_nothing_and_says_so(client):
    make_submission()
    response = client.get(URL, {"ma": "HD-2026-ZZZZZZ"})
    page = response.content.decode()
    assert response.status_code == 404
    assert "Không có câu hỏi nào mang mã này" in page
    assert personal_data_in(page) == []


@pytest.mark.parametrize("typed", ["abc", "' OR 1=1 --", "HD-2026-00000O", "x" * 41])
def test_malformed_codes_are_refused_in_vietnamese(client, typed):
    response = client.get(URL, {"ma": typed})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Đây không phải mã tra cứu" in page


def test_guessing_codes_is_rate_limited(client, settings):
    settings.FEEDBACK_LOOKUPS_PER_HOUR = 3
    submission = make_submission()
    for n in range(3):
        client.get(URL, {"ma": f"HD-2026-ZZZZZ{n + 2}"})
    response = client.get(URL, {"ma": submission.code})
    assert response.status_code == 429
    assert "quá nhiều lượt tra cứu" in response.content.decode()
    assert submission.title not in response.content.decode()


def test_the_code_of_one_submission_never_shows_another(client):
    mine = make_submission(title="Câu hỏi của tôi")
    make_submission(title="Câu hỏi của người khác")
    page = client.get(URL, {"ma": mine.code}).content.decode()
    assert "Câu hỏi của tôi" in page and "Câu hỏi của người khác" not in page


def test_the_lookup_costs_the_same_queries_found_or_not(client, django_assert_num_queries,
                                                       django_assert_max_num_queries):
    submission = make_submission()
    client.get(URL, {"ma": "HD-2026-ZZZZZZ"})  # warm up: sessions, site settings, menus
    with django_assert_max_num_queries(50) as missing:
        client.get(URL, {"ma": "HD-2026-ZZZZZY"})
    with django_assert_num_queries(len(missing.captured_queries)):
        client.get(URL, {"ma": submission.code})
