"""Published answers: list, search without diacritics, field filter, detail, feed and sitemap, no personal data."""

import feedparser
import pytest
from django.utils import timezone

from core.testing.sitemap_reader import sitemap_text
from feedback.models import Submission
from feedback.tests.factories import ASKER, make_answer, make_field, make_submission

pytestmark = pytest.mark.django_db


def personal_data_in(text):
    return [value for value in ASKER.values() if value in text]


@pytest.fixture
def answers(field):
    other = make_field(name="Án phí, lệ phí", slug="an-phi")
    return {
        "money": make_answer(title="Thủ tục nhận tiền thi hành án", field=field,
                             content=f"Tôi là {ASKER['name']}, số điện thoại {ASKER['phone']}, "
                                     f"email {ASKER['email']}. Nhận tiền ở đâu?"),
        "fee": make_answer(title="Mức án phí dân sự", field=other, show_name=True),
        "private": make_answer(title="Trả lời riêng cho người hỏi", field=field, publish=False),
        "open": make_submission(title="Câu hỏi chưa trả lời", field=field),
    }


def test_the_list_shows_only_published_answers(client, answers):
    page = client.get("/hoi-dap/").content.decode()
    assert "Thủ tục nhận tiền thi hành án" in page and "Mức án phí dân sự" in page
    assert "Trả lời riêng cho người hỏi" not in page and "Câu hỏi chưa trả lời" not in page


def test_search_ignores_diacritics_and_case(client, answers):
    for query in ["thu tuc nhan tien", "THỦ TỤC", "nhan tien"]:
        page = client.get("/hoi-dap/", {"q": query}).content.decode()
        assert "Thủ tục nhận tiền thi hành án" in page, query
        assert "Mức án phí dân sự" not in page, query


def test_search_finds_words_of_the_answer(client, field):
    make_answer(title="Câu hỏi A", field=field, answer="<p>Liên hệ Chi cục Thi hành án huyện Đông Sơn.</p>")
    assert "Câu hỏi A" in client.get("/hoi-dap/", {"q": "dong son"}).content.decode()


def test_the_field_filter_narrows_the_list(client, answers):
    page = client.get("/hoi-dap/", {"linh_vuc": "an-phi"}).content.decode()
    assert "Mức án phí dân sự" in page and "Thủ tục nhận tiền thi hành án" not in page


def test_an_unknown_field_is_a_clear_400(client, answers):
    response = client.get("/hoi-dap/", {"linh_vuc": "khong-co"})
    assert response.status_code == 400
    assert "Hãy chọn một lĩnh vực trong danh sách." in response.content.decode()


def test_an_answer_page_has_question_answer_field_date_and_metadata(client, answers):
    submission = answers["fee"]
    page = client.get(submission.get_absolute_url()).content.decode()
    assert "Mức án phí dân sự" in page and "Câu trả lời của Cục." in page and "Án phí, lệ phí" in page
    assert timezone.localtime(submission.published_at).strftime("%d/%m/%Y") in page
    assert '<meta name="description"' in page and 'rel="canonical"' in page
    # The asker agreed: the name is shown, the contact details never.
    assert ASKER["name"] in page
    assert ASKER["email"] not in page and ASKER["phone"] not in page and ASKER["address"] not in page


def test_no_personal_data_on_the_answer_without_consent_even_inside_the_text(client, answers):
    page = client.get(answers["money"].get_absolute_url()).content.decode()
    assert "Nhận tiền ở đâu?" in page
    assert personal_data_in(page) == []


@pytest.mark.parametrize("key", ["private", "open"])
def test_unpublished_submissions_have_no_public_page(client, answers, key):
    assert client.get(f"/hoi-dap/{answers[key].pk}/").status_code == 404


def test_no_personal_data_on_the_list_feed_or_sitemap(client, answers):
    for url in ["/hoi-dap/", "/hoi-dap/rss/", "/sitemap.xml", "/hoi-dap/?q=tien"]:
        text = client.get(url).content.decode()
        shown = personal_data_in(text)
        # The one asker who agreed may be named on the answer page only, not in lists, feeds or the sitemap.
        assert shown == [], (url, shown)


def test_the_feed_lists_the_published_answers(client, answers):
    feed = feedparser.parse(client.get("/hoi-dap/rss/").content)
    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    assert set(titles) == {"Thủ tục nhận tiền thi hành án", "Mức án phí dân sự"}
    assert all(entry.link.startswith("http://testserver/hoi-dap/") for entry in feed.entries)


def test_the_sitemap_lists_published_answers_only(client, answers):
    xml = sitemap_text(client)
    assert f"/hoi-dap/{answers['fee'].pk}/" in xml
    assert f"/hoi-dap/{answers['private'].pk}/" not in xml and f"/hoi-dap/{answers['open'].pk}/" not in xml


def test_the_list_costs_the_same_queries_for_3_and_30_answers(client, field, django_assert_max_num_queries):
    for _ in range(3):
        make_answer(field=field)
    with django_assert_max_num_queries(12) as small:
        client.get("/hoi-dap/")
    for _ in range(27):
        make_answer(field=field)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/hoi-dap/")


def test_taking_an_answer_down_removes_it_from_every_public_place(client, answers):
    from feedback import services

    submission = answers["fee"]
    services.unpublish(submission=submission, actor=None)
    assert client.get(submission.get_absolute_url()).status_code == 404
    assert "Mức án phí dân sự" not in client.get("/hoi-dap/").content.decode()
    assert Submission.objects.published().count() == 1


def test_a_too_long_query_is_a_clear_400(client, answers):
    response = client.get("/hoi-dap/", {"q": "tien " * 100})
    assert response.status_code == 400
    assert "Từ khóa quá dài" in response.content.decode()


def test_a_query_without_words_is_a_clear_400(client, answers):
    response = client.get("/hoi-dap/", {"q": "!!! ???"})
    assert response.status_code == 400
    assert "Từ khóa không có chữ hoặc số" in response.content.decode()


def test_words_of_the_title_rank_first(client, field):
    make_answer(title="Câu hỏi khác", field=field, answer="<p>Nói về án phí.</p>")
    make_answer(title="Mức án phí", field=field)
    page = client.get("/hoi-dap/", {"q": "an phi"}).content.decode()
    assert page.index("Mức án phí") < page.index("Câu hỏi khác")


def test_hidden_personal_data_cannot_be_found_by_search(client, answers):
    assert "Thủ tục nhận tiền" not in client.get("/hoi-dap/", {"q": "bich"}).content.decode()
    assert "Thủ tục nhận tiền" not in client.get("/hoi-dap/", {"q": "0912"}).content.decode()
