"""Visit statistics in the footer: online now, today, total; nothing personal stored."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from cms.models import ActiveVisitors, DailyVisits
from cms.visits import COOKIE, record_visit, visit_stats
from core.caching import counters

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"


def at(hour, minute, day=3):
    return timezone.make_aware(datetime.datetime(2023, 4, day, hour, minute))


def test_a_visitor_counts_once_a_day_and_once_per_slot():
    cookie = record_visit(last_seen="", now=at(9, 1))
    cookie = record_visit(last_seen=cookie, now=at(9, 4))
    assert DailyVisits.objects.get().visits == 1
    assert ActiveVisitors.objects.get().visitors == 1
    cookie = record_visit(last_seen=cookie, now=at(9, 6))
    assert DailyVisits.objects.get().visits == 1
    assert ActiveVisitors.objects.get(slot=at(9, 5)).visitors == 1
    record_visit(last_seen=cookie, now=at(0, 10, day=4))
    assert DailyVisits.objects.get(day=datetime.date(2023, 4, 4)).visits == 1


def test_old_slots_are_cleared_by_the_first_visitor_of_a_new_slot():
    record_visit(last_seen="", now=at(7, 0))
    record_visit(last_seen="", now=at(9, 1))
    assert list(ActiveVisitors.objects.values_list("slot", flat=True)) == [at(9, 0)]


def test_stats_add_up_days_and_show_recent_visitors(settings):
    settings.COUNTER_FLUSH_SECONDS = 0  # every visit written at once: the arithmetic is under test
    for _ in range(3):
        record_visit(last_seen="", now=at(9, 1, day=2))
    for _ in range(2):
        record_visit(last_seen="", now=at(9, 1))
    assert visit_stats(now=at(9, 7)) == {"online": 2, "today": 2, "total": 5}
    cache.clear()
    assert visit_stats(now=at(10, 0))["online"] == 0


def test_footer_shows_the_counters_and_the_cookie_holds_no_identity(client, site_settings):
    response = client.get("/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    value = response.cookies[COOKIE].value
    assert value.startswith(timezone.localdate().isoformat() + "|")
    cache.clear()
    html = client.get("/", HTTP_USER_AGENT=BROWSER).content.decode()
    assert "<dt>Đang truy cập</dt><dd>1</dd>" in html
    assert "<dt>Hôm nay</dt><dd>1</dd>" in html
    assert "<dt>Tổng lượt truy cập</dt><dd>1</dd>" in html


@pytest.mark.parametrize("agent", ["", "Googlebot/2.1", "Mozilla/5.0 (compatible; YandexBot/3.0)"])
def test_robots_admin_and_errors_are_not_counted(client, site_settings, agent):
    client.get("/", HTTP_USER_AGENT=agent)
    client.get("/khong-co-trang-nay/", HTTP_USER_AGENT=BROWSER)
    client.get("/admin/login/", HTTP_USER_AGENT=BROWSER)
    assert not DailyVisits.objects.exists()


def test_counting_takes_no_lock_per_hit(client, site_settings, django_assert_max_num_queries):
    client.get("/", HTTP_USER_AGENT=BROWSER)
    with django_assert_max_num_queries(30) as captured:
        client.get("/", HTTP_USER_AGENT=BROWSER)
    assert not [q for q in captured.captured_queries if "visits" in q["sql"] and q["sql"].startswith("UPDATE")]


def visit_writes(captured):
    return [q["sql"] for q in captured.captured_queries
            if ("cms_dailyvisits" in q["sql"] or "cms_activevisitors" in q["sql"])
            and q["sql"].startswith(("UPDATE", "INSERT"))]


def test_a_loop_of_cookie_less_requests_from_one_address_is_one_visit(client, site_settings,
                                                                     django_assert_max_num_queries):
    client.get("/", HTTP_USER_AGENT=BROWSER)
    with django_assert_max_num_queries(200) as captured:
        for _ in range(30):
            client.cookies.clear()
            assert client.get("/", HTTP_USER_AGENT=BROWSER).status_code == 200
    assert visit_writes(captured) == []
    assert DailyVisits.objects.get().visits == 1
    assert ActiveVisitors.objects.get().visitors == 1


def test_a_flood_of_new_visitors_writes_each_counter_once_per_few_seconds(client, site_settings, settings,
                                                                        django_assert_max_num_queries):
    settings.COUNTER_FLUSH_SECONDS = 5
    with django_assert_max_num_queries(400) as captured:
        for n in range(40):
            client.cookies.clear()
            client.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"203.0.113.{n + 1}")
    # The first visitor of the day and of the slot is written (an UPDATE finding no row, then the
    # INSERT); the others gather in the cache.
    writes = visit_writes(captured)
    assert [sql.split()[0] for sql in writes if "cms_dailyvisits" in sql] == ["UPDATE", "INSERT"]
    assert [sql.split()[0] for sql in writes if "cms_activevisitors" in sql] == ["UPDATE", "INSERT"]
    assert DailyVisits.objects.get().visits == 1
    day = timezone.localdate().isoformat()
    assert counters.pending(f"visits:day:{day}") == 39


def test_nothing_about_the_visitor_is_kept(client, site_settings):
    client.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.77")
    stored = " ".join(f"{key} {value!r}" for key, value in cache._cache.items())
    assert "198.51.100.77" not in stored and b"198.51.100.77".hex() not in stored
    assert "Firefox" not in stored


def test_a_browser_that_drops_the_cookie_is_not_handed_it_on_every_page(client, site_settings):
    assert COOKIE in client.get("/", HTTP_USER_AGENT=BROWSER).cookies
    client.cookies.clear()
    # Known by its anonymous key for this slot: counted already, and evidently not keeping cookies.
    assert COOKIE not in client.get("/", HTTP_USER_AGENT=BROWSER).cookies
    # Another reader is counted, and handed the cookie.
    assert COOKIE in client.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.5").cookies


def test_the_slot_and_day_follow_the_clock_across_local_midnight():
    from cms.visits import current_period

    assert current_period(at(23, 59, day=3)) == (datetime.date(2023, 4, 3), at(23, 55, day=3))
    assert current_period(at(0, 0, day=4)) == (datetime.date(2023, 4, 4), at(0, 0, day=4))
    assert current_period(at(23, 57, day=3)) == (datetime.date(2023, 4, 3), at(23, 55, day=3))
