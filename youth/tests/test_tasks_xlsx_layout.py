"""The task list workbook is ready to filter and to print: read back with openpyxl."""

import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from youth.tests.factories import days, make_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheet(client, leader):
    make_task(title="Việc ngắn", group="Nhóm 1", deadline=days(3))
    make_task(title="Một nhiệm vụ rất dài " * 12, group="Nhóm 2", deadline=None)
    client.force_login(leader)
    return load_workbook(io.BytesIO(client.get(reverse("youth:tasks_xlsx")).content)).active


def test_list_has_a_title_its_date_and_numbered_rows(sheet):
    assert sheet["A1"].value == "DANH SÁCH NHIỆM VỤ" and sheet["A1"].font.bold
    assert sheet["A2"].value == f"tính đến ngày {timezone.localdate():%d/%m/%Y}"
    assert {"A1:M1", "A2:M2"} <= {str(merged) for merged in sheet.merged_cells.ranges}
    assert [sheet.cell(row=4, column=c).value for c in (1, 3)] == ["STT", "Nhiệm vụ"]
    assert [sheet.cell(row=r, column=1).value for r in (5, 6)] == [1, 2]


def test_header_row_filters_and_stays_in_view(sheet):
    assert sheet.auto_filter.ref == f"A4:M{sheet.max_row}"
    assert sheet.freeze_panes == "A5"


def test_text_wraps_and_columns_fit(sheet):
    assert all(cell.alignment.wrap_text for row in sheet.iter_rows(min_row=5) for cell in row)
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLM"}
    assert widths["A"] <= 6  # the number column stays narrow
    assert widths["C"] == 37  # the long task text is capped and wraps
    assert 11 <= widths["I"] <= 13  # a date fits
    # Together the columns fit landscape A4 at about two thirds of full size.
    assert sum(widths.values()) <= 230


def test_rows_are_as_tall_as_their_wrapped_text(sheet):
    short, long = sheet.row_dimensions[5].height, sheet.row_dimensions[6].height
    assert 15 <= short <= 20
    # 250 characters in a 36-character column wrap to 7-8 lines.
    assert 7 * 15 <= long <= 9 * 15 + 2


def test_prints_landscape_a4_one_page_wide_with_the_header_repeated(sheet):
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == int(sheet.PAPERSIZE_A4) == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)
    assert str(sheet.print_title_rows).replace("$", "") == "4:4"
