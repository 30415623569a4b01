"""The task list workbook is ready to filter and to print: read back with openpyxl."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from youth.tests.factories import days, make_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheet(client, leader):
    make_task(title="Việc ngắn", group="Nhóm 1", deadline=days(3))
    make_task(title="Một nhiệm vụ rất dài " * 12, group="Nhóm 2", deadline=None)
    client.force_login(leader)
    return load_workbook(io.BytesIO(client.get(reverse("youth:tasks_xlsx")).content)).active


def test_header_row_filters_and_stays_in_view(sheet):
    assert sheet.auto_filter.ref == f"A1:M{sheet.max_row}"
    assert sheet.freeze_panes == "A2"


def test_text_wraps_and_columns_fit(sheet):
    assert all(cell.alignment.wrap_text for row in sheet.iter_rows(min_row=2) for cell in row)
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLM"}
    assert widths["A"] <= 10  # the number column stays narrow
    assert widths["C"] == 52  # the long task text is capped and wraps
    assert 10 <= widths["I"] <= 14  # a date fits
    # Each header fits beside its filter button unless its column is capped.
    for cell in sheet[1]:
        assert widths[cell.column_letter] >= min(len(cell.value) + 3, 26)


def test_prints_landscape_a4_one_page_wide_with_the_header_repeated(sheet):
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == int(sheet.PAPERSIZE_A4) == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)
    assert str(sheet.print_title_rows).replace("$", "") == "1:1"
