"""The leaders' dashboard: the grid, per unit and per group, overdue first, fixed query count."""

import re

import pytest
from django.urls import reverse

from youth.tests.factories import days, make_task, make_unit

pytestmark = pytest.mark.django_db


def grid_row(page, label):
    """Return the numbers of the first grid row headed `label`."""
    match = re.search(r'<th scope="row">' + re.escape(label) + r"</th>(.*?)</tr>", page, re.S)
    assert match, label
    return [int(n) for n in re.findall(r"<td[^>]*>(\d+)</td>", match.group(1))]


@pytest.fixture
def mixed_tasks():
    office, branch = make_unit(name="Văn phòng Cục"), make_unit(name="Chi đoàn")
    make_task(lead_unit=office, group="Nhóm 1", deadline=days(-5))                           # overdue
    make_task(lead_unit=office, group="Nhóm 1", deadline=days(2))                            # due soon
    make_task(lead_unit=branch, group="Nhóm 2", deadline=days(20))                           # on time
    make_task(lead_unit=branch, group="Nhóm 2", deadline=None)                               # no deadline
    make_task(lead_unit=branch, group="Nhóm 2", deadline=days(-10), completed_on=days(-12))  # done on time
    make_task(lead_unit=branch, group="Nhóm 3", deadline=days(-10), completed_on=days(-8))   # done late
    make_task(lead_unit=branch, group="Nhóm 3", deadline=days(-10), state="cancelled")       # left out


def test_grid_numbers(client, leader, mixed_tasks):
    client.force_login(leader)
    page = client.get(reverse("youth:dashboard")).content.decode()
    # total, done on time, done late, open on time, open late, due soon, no deadline
    assert grid_row(page, "Tất cả nhiệm vụ") == [6, 1, 1, 2, 1, 1, 1]
    assert grid_row(page, "Văn phòng Cục") == [2, 0, 0, 1, 1, 1, 0]
    assert grid_row(page, "Chi đoàn") == [4, 1, 1, 1, 0, 0, 1]
    assert grid_row(page, "Nhóm 2") == [3, 1, 0, 1, 0, 0, 1]
    assert "Chưa hoàn thành, quá hạn" in page


def test_rows_with_overdue_tasks_come_first(client, leader, mixed_tasks):
    client.force_login(leader)
    page = client.get(reverse("youth:dashboard")).content.decode()
    assert page.index('<th scope="row">Văn phòng Cục') < page.index('<th scope="row">Chi đoàn')
    assert page.index('<th scope="row">Nhóm 1') < page.index('<th scope="row">Nhóm 2')


def test_task_list_overdue_first(client, leader):
    make_task(title="Việc còn lâu", deadline=days(30))
    make_task(title="Việc quá hạn", deadline=days(-1))
    make_task(title="Việc sắp đến hạn", deadline=days(1))
    client.force_login(leader)
    page = client.get(reverse("youth:dashboard")).content.decode()
    assert page.index("Việc quá hạn") < page.index("Việc sắp đến hạn") < page.index("Việc còn lâu")
    assert 'badge-red">Quá hạn' in page and 'badge-orange">Sắp đến hạn' in page


def test_chart_is_inline_svg_without_scripts(client, leader, mixed_tasks):
    client.force_login(leader)
    page = client.get(reverse("youth:dashboard")).content.decode()
    start = page.index('<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart"')
    svg = page[start:page.index("</svg>", start)]
    assert "<title" in svg and "Quá hạn" in svg
    assert "<script" not in svg.lower()
    assert "<script" not in page.replace('<script src="/static/js/site.js" defer></script>', "")


def _tasks(count):
    units = [make_unit(), make_unit()]
    for n in range(count):
        task = make_task(lead_unit=units[n % 2], group=f"Nhóm {n % 3}", deadline=days(n - 5))
        task.coordinating_units.add(units[(n + 1) % 2])


def dashboard_queries(client):
    """Return how many SQL queries one dashboard request runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("youth:dashboard")).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_tasks(client, leader):
    client.force_login(leader)
    _tasks(3)
    dashboard_queries(client)  # warm the per-process caches (site settings, menus)
    few = dashboard_queries(client)
    _tasks(37)
    dashboard_queries(client)  # warm again: the new meetings started a new content generation
    assert dashboard_queries(client) == few
