"""The public archive by day, month and year, and the day picker."""

import datetime

import pytest
from django.utils import timezone

from news.models import Article
from news.tests.factories import local_datetime, make_article

pytestmark = pytest.mark.django_db


def test_early_morning_local_time_belongs_to_the_local_day(client):
    # 06:30 on 3 April in Hà Nội is 23:30 on 2 April in UTC.
    published_at = local_datetime(2023, 4, 3, 6, 30)
    assert published_at.astimezone(datetime.UTC).day == 2
    article = make_article(title="Tin buổi sáng sớm", published_at=published_at)

    assert article.get_absolute_url().startswith("/tin-tuc/2023/04/03/")
    assert "Tin buổi sáng sớm" in client.get("/tin-tuc/2023/04/03/").content.decode()
    assert "Tin buổi sáng sớm" not in client.get("/tin-tuc/2023/04/02/").content.decode()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_late_evening_local_time_stays_on_its_day(client):
    # 23:59 on 2 April local is 16:59 UTC the same day: not on 3 April's page.
    make_article(title="Tin cuối ngày", published_at=local_datetime(2023, 4, 2, 23, 59))
    assert "Tin cuối ngày" in client.get("/tin-tuc/2023/04/02/").content.decode()
    assert "Tin cuối ngày" not in client.get("/tin-tuc/2023/04/03/").content.decode()


def test_day_page_lists_every_article_of_the_day(client):
    for hour in range(7, 7 + 25):
        make_article(title=f"Tin lúc {hour}", published_at=local_datetime(2024, 5, 6, hour % 24 if hour < 24 else 23))
    response = client.get("/tin-tuc/2024/05/06/")
    assert len(response.context["object_list"]) == 25


def test_empty_day_says_so_and_links_the_nearest_days(client):
    make_article(title="Trước", published_at=local_datetime(2023, 3, 28))
    make_article(title="Sau", published_at=local_datetime(2023, 4, 10))
    page = client.get("/tin-tuc/2023/04/01/").content.decode()
    assert "Không có tin nào cho ngày này" in page
    assert 'href="/tin-tuc/2023/03/28/"' in page
    assert 'href="/tin-tuc/2023/04/10/"' in page


def test_month_page_is_a_calendar_with_counts(client):
    make_article(published_at=local_datetime(2023, 4, 3, 9))
    make_article(published_at=local_datetime(2023, 4, 3, 6, 30))
    make_article(published_at=local_datetime(2023, 4, 20))
    response = client.get("/tin-tuc/2023/04/")
    counts = {day.day: n for week in response.context["weeks"] for day, n in week if day}
    assert counts[3] == 2 and counts[20] == 1 and counts[4] == 0
    page = response.content.decode()
    assert 'href="/tin-tuc/2023/04/03/"' in page
    assert 'href="/tin-tuc/2023/04/04/"' not in page
    # Monday first: 1 April 2023 was a Saturday, the sixth column.
    first_week = response.context["weeks"][0]
    assert [d.day if d else None for d, _n in first_week] == [None, None, None, None, None, 1, 2]


def test_year_page_lists_months_with_counts(client):
    make_article(published_at=local_datetime(2023, 1, 1, 0, 30))  # still 2022 in UTC
    make_article(published_at=local_datetime(2023, 4, 3))
    make_article(published_at=local_datetime(2023, 4, 9))
    response = client.get("/tin-tuc/2023/")
    months = {month.month: n for month, n in response.context["months"]}
    assert months[1] == 1 and months[4] == 2 and months[12] == 0
    assert 'href="/tin-tuc/2023/04/"' in response.content.decode()


def test_latest_news_pages_by_twenty(client):
    for _ in range(25):
        make_article()
    first = client.get("/tin-tuc/")
    assert len(first.context["object_list"]) == 20
    assert len(client.get("/tin-tuc/?page=2").context["object_list"]) == 5


def test_drafts_and_scheduled_articles_are_not_public(client):
    draft = make_article(title="Bản nháp", status=Article.Status.DRAFT)
    later = make_article(title="Hẹn giờ", published_at=timezone.now() + datetime.timedelta(hours=2))
    today = timezone.localdate()
    day_page = client.get(f"/tin-tuc/{today:%Y/%m/%d}/").content.decode()
    assert "Bản nháp" not in day_page and "Hẹn giờ" not in day_page
    assert "Hẹn giờ" not in client.get("/tin-tuc/").content.decode()
    assert client.get(later.get_absolute_url()).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_scheduled_article_goes_public_when_its_time_comes(client, monkeypatch):
    at = timezone.now() + datetime.timedelta(hours=2)
    article = make_article(title="Tin hẹn giờ", published_at=at)
    assert client.get(article.get_absolute_url()).status_code == 404
    monkeypatch.setattr(timezone, "now", lambda: at + datetime.timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("value", ["03/04/2023", "3/4/2023", "2023-04-03", "03-04-2023", "03042023", "3.4.2023",
                                   "3-4-2023", " 03 / 04 / 2023 ", "3,4,2023", "3 4 2023"])
def test_picker_redirects_to_the_day(client, value):
    response = client.get("/tin-tuc/ngay/", {"ngay": value})
    assert response.status_code == 302
    assert response["Location"] == "/tin-tuc/2023/04/03/"


def test_picker_reads_day_first():
    # 05/03/2026 is 5 March, never 3 May (Django's own 'vi' formats get this wrong).
    from news.forms import DayPickerForm

    form = DayPickerForm({"ngay": "05/03/2026"})
    assert form.is_valid()
    assert form.cleaned_data["ngay"] == datetime.date(2026, 3, 5)


@pytest.mark.parametrize("value", ["", "abc", "31/02/2023", "25/13/2023", "<script>", "1/1/0001", "9" * 300])
def test_picker_refuses_what_is_not_a_date_with_400_and_the_form(client, value):
    response = client.get("/tin-tuc/ngay/", {"ngay": value})
    assert response.status_code == 400
    page = response.content.decode()
    assert "ngày/tháng/năm" in page
    assert "%(value)s" not in page and "dd/mm/yyyy" not in page
    assert 'name="ngay"' in page
    assert "<script>" not in page


ASK_FOR_A_DAY = "Xin nhập theo dạng ngày/tháng/năm, ví dụ 03/04/2023."


@pytest.mark.parametrize("value", ["30022023", "2023.04", "03/04/23", "１２/04/2023", "3/4/2023/5"])
def test_picker_error_quotes_what_was_typed_and_keeps_it(client, value):
    response = client.get("/tin-tuc/ngay/", {"ngay": value})
    assert response.status_code == 400
    form = response.context["picker_form"]
    assert form.errors["ngay"] == [f"“{value}” không phải là một ngày. {ASK_FOR_A_DAY}"]
    assert f'value="{value}"' in response.content.decode()


def test_picker_empty_asks_for_a_day(client):
    response = client.get("/tin-tuc/ngay/", {"ngay": "", "lich": ""})
    assert response.status_code == 400
    errors = response.context["picker_form"].errors["ngay"]
    assert errors == ["Xin nhập ngày theo dạng ngày/tháng/năm, ví dụ 03/04/2023."]


def test_the_native_calendar_value_wins_over_the_prefilled_text(client):
    response = client.get("/tin-tuc/ngay/", {"ngay": "01/01/2024", "lich": "2023-04-03"})
    assert response["Location"] == "/tin-tuc/2023/04/03/"
    assert client.get("/tin-tuc/ngay/", {"ngay": "", "lich": "2023-04-03"})["Location"] == "/tin-tuc/2023/04/03/"


def test_a_forged_calendar_value_is_refused_with_400(client):
    response = client.get("/tin-tuc/ngay/", {"ngay": "", "lich": "2023-02-30"})
    assert response.status_code == 400
    assert "“2023-02-30” không phải là một ngày." in response.content.decode()


def test_home_page_puts_the_picker_first_in_the_content(client, db):
    page = client.get("/").content.decode()
    main = page[page.index('<main'):page.index('</main>')]
    assert main.count('<section class="day-picker') == 1
    assert main.index('<section class="day-picker') < main.find('class="latest"')
    assert page.count('name="ngay"') == 1  # not repeated in the side column
    assert 'type="date" name="lich"' in main and 'placeholder="ngày/tháng/năm"' in main


def test_day_page_shows_the_picker_filled_with_the_day(client):
    page = client.get("/tin-tuc/2023/04/03/").content.decode()
    assert 'value="03/04/2023"' in page
    assert 'action="/tin-tuc/ngay/"' in page
