"""/lich-cong-tac/ runs a fixed number of queries whatever the number of entries in the week."""

import datetime

import pytest

from organisation.tests.factories import make_person, make_unit
from schedule.tests.factories import at, make_entry
from youth.models import Meeting

pytestmark = pytest.mark.django_db
SIZES = [10, 60]


def build(size):
    chair, unit = make_person(), make_unit()
    for n in range(size):
        starts_at = at(2023, 3, 27, 7) + datetime.timedelta(hours=(n * 5) % 160)
        make_entry(starts_at=starts_at, content=f"Nội dung {n}", chair=chair, preparing_unit=unit)
        if n % 5 == 0:
            Meeting.objects.create(title=f"Họp {n}", starts_at=starts_at, chair=chair, organiser=unit,
                                   on_public_schedule=True)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("url", ["/lich-cong-tac/?tuan=2023-W13", "/lich-cong-tac/in/?tuan=2023-W13"])
def test_schedule_queries_do_not_grow_with_data(client, settings, django_assert_num_queries, url, size):
    settings.PAGE_CACHE_SECONDS = 0
    build(size)
    assert client.get(url).status_code == 200
    # The entries with their chair and unit, the public meetings with theirs; for each, the chairs'
    # positions and the units' dated names (the titles and names of the item's day).
    with django_assert_num_queries(6):
        response = client.get(url)
    rows = sum(len(items) for day in response.context["days"] for _half, items in day["halves"])
    assert rows == size + (size + 4) // 5
