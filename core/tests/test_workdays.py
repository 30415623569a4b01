"""Working days skip Saturdays and Sundays."""

import datetime

from core.dates.workdays import add_working_days, is_working_day, working_days_between


def test_fifteen_working_days_from_a_monday_is_three_weeks_later():
    monday = datetime.date(2026, 3, 2)
    assert add_working_days(monday, 15) == datetime.date(2026, 3, 23)


def test_a_friday_plus_one_working_day_is_the_next_monday():
    assert add_working_days(datetime.date(2026, 3, 6), 1) == datetime.date(2026, 3, 9)


def test_a_weekend_day_counts_from_the_next_monday():
    saturday = datetime.date(2026, 3, 7)
    assert not is_working_day(saturday)
    assert add_working_days(saturday, 1) == datetime.date(2026, 3, 9)


def test_working_days_between_is_the_inverse_of_adding():
    start = datetime.date(2026, 3, 4)
    for days in range(0, 30):
        assert working_days_between(start, add_working_days(start, days)) == days
    assert working_days_between(datetime.date(2026, 3, 9), datetime.date(2026, 3, 6)) == -1
