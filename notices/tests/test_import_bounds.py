"""The register import refuses hostile workbooks before openpyxl reads them, bad dates and hidden formulas."""

import datetime
import io
import os
import time
import zipfile

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl.utils import get_column_letter

from core.files.storage import private_storage
from notices import import_files, importer
from notices.models import Debtor
from notices.tests.factories import make_office
from notices.tests.test_import import GOOD, HEADER, row_with, sheet, upload

pytestmark = pytest.mark.django_db
SHEET_PART = "xl/worksheets/sheet1.xml"
SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def with_sheet_xml(data, rows_xml, dimension, extra_parts=()):
    """Return the workbook bytes with its first sheet's rows and dimension replaced, plus shared strings parts."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == SHEET_PART:
                head, _sep, rest = content.decode().partition("<sheetData>")
                _rows, _sep, tail = rest.partition("</sheetData>")
                head = head.replace('<dimension ref="A1:K2"/>', f'<dimension ref="{dimension}"/>')
                content = f"{head}<sheetData>{rows_xml}</sheetData>{tail}".encode()
            elif info.filename == "[Content_Types].xml" and extra_parts:
                overrides = "".join(f'<Override PartName="/{name}" ContentType="{SHARED_STRINGS_TYPE}"/>'
                                    for name, _content in extra_parts)
                content = content.replace(b"</Types>", overrides.encode() + b"</Types>")
            target.writestr(info, content)
        for name, content in extra_parts:
            target.writestr(name, content)
    return buffer.getvalue()


def shared_strings(count):
    """Return a shared strings part of count one-letter strings, which openpyxl loads whole into a list."""
    return ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + "<si><t>a</t></si>" * count + "</sst>")


def styled_empty_rows(count, cells_per_row):
    """Return rows of formatted empty cells (positions implied, as the format allows)."""
    return "".join(f'<row r="{row}">' + '<c s="0"/>' * cells_per_row + "</row>" for row in range(1, count + 1))


def text_row(number, *texts):
    """Return one row of inline text cells, written as Excel may (openpyxl would cut long ones)."""
    cells = "".join(f'<c r="{get_column_letter(column)}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
                    for column, text in enumerate(texts, start=1))
    return f'<row r="{number}">{cells}</row>'


@pytest.fixture
def no_openpyxl(monkeypatch):
    """Fail the test if the importer hands the file to openpyxl."""

    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl was asked to read a workbook the stream check should have refused")

    monkeypatch.setattr(importer, "load_workbook", refuse)


def test_a_sheet_styled_to_the_last_column_is_refused_before_openpyxl_reads_it(no_openpyxl):
    # The attack: a small file declaring A1:XFD1048576 with a million formatted empty cells, which
    # openpyxl pads into Python objects row by row (bench/import_memory.py, docs/performance-history.md).
    hostile = with_sheet_xml(sheet(GOOD), styled_empty_rows(1000, 1000), "A1:XFD1048576")
    assert len(hostile) < 30 * 1024
    with pytest.raises(importer.SheetError, match="hơn 30 ô có dữ liệu hoặc định dạng"):
        importer.read_sheet(hostile)


def test_more_shared_strings_than_the_sheet_may_hold_cells_are_refused(no_openpyxl):
    hostile = with_sheet_xml(sheet(GOOD), "", "A1:K2", [("xl/sharedStrings.xml", shared_strings(700_000))])
    assert len(hostile) < 100 * 1024
    with pytest.raises(importer.SheetError, match="giải nén ra quá nhiều dữ liệu"):
        importer.read_sheet(hostile)


def test_empty_formatted_rows_count_towards_the_row_limit(no_openpyxl, settings):
    settings.NOTICES_IMPORT_MAX_ROWS = 5
    hostile = with_sheet_xml(sheet(GOOD), styled_empty_rows(10, 3), "A1:C10")
    with pytest.raises(importer.SheetError, match="hơn 5 dòng"):
        importer.read_sheet(hostile)


def test_a_cell_longer_than_excel_allows_is_refused(no_openpyxl):
    hostile = with_sheet_xml(sheet(GOOD), text_row(1, *HEADER) + text_row(2, *GOOD[:7], "x" * 40_000),
                             "A1:K2")
    with pytest.raises(importer.SheetError, match="hơn 32.767 ký tự"):
        importer.read_sheet(hostile)


def test_a_sheet_within_the_bounds_is_still_read(settings):
    settings.NOTICES_IMPORT_MAX_ROWS = 3
    _name, rows = importer.read_sheet(sheet(*[row_with(decision_number=str(n)) for n in range(3)]))
    assert [row.refused for row in rows] == [False, False, False]


@pytest.mark.parametrize("value", ["01/01/1899", "31/12/2101", datetime.datetime(1800, 5, 1),
                                   datetime.date(2999, 1, 1)])
def test_dates_outside_1900_to_2100_are_refused(value):
    _name, rows = importer.read_sheet(sheet(row_with(judgment_date=value)))
    assert rows[0].errors == [("Ngày bản án", "Ngày phải nằm trong khoảng từ năm 1900 đến năm 2100.")]


def test_dates_at_the_ends_of_the_range_are_accepted():
    _name, rows = importer.read_sheet(sheet(row_with(judgment_date="01/01/1900", decision_date="31/12/2100")))
    assert not rows[0].refused
    assert rows[0].values["decision_date"] == datetime.date(2100, 12, 31)


@pytest.mark.parametrize(("value", "reason"), [
    (' =HYPERLINK("http://x","Bấm")', "Ô chứa công thức; hãy gõ giá trị."),
    ("\u200b=1+1", "Ô chứa công thức; hãy gõ giá trị."),
    ("\t=cmd|' /C calc'!A0", "Ô chứa công thức; hãy gõ giá trị."),
    ("@SUM(A1:A9)", "Ô bắt đầu bằng «@», Excel sẽ hiểu là công thức: hãy bỏ dấu này hoặc bắt đầu bằng một từ."),
    ("  @SUM(A1)", "Ô bắt đầu bằng «@», Excel sẽ hiểu là công thức: hãy bỏ dấu này hoặc bắt đầu bằng một từ."),
])
def test_a_formula_behind_blanks_or_invisible_characters_is_refused(value, reason):
    _name, rows = importer.read_sheet(sheet(row_with(name=value)))
    assert rows[0].errors == [("Họ tên / Tên tổ chức", reason)]


def test_a_bulleted_obligation_is_kept():
    _name, rows = importer.read_sheet(sheet(row_with(obligation="- Trả nợ 50.000.000 đồng")))
    assert not rows[0].refused
    assert rows[0].values["obligation"] == "- Trả nợ 50.000.000 đồng"


def age(token, *, hours):
    path = private_storage().path(f"{import_files.FOLDER}/register-{token}.xlsx")
    then = time.time() - hours * 3600
    os.utime(path, (then, then))
    return path


def test_dry_run_sheets_older_than_a_day_are_deleted(capsys):
    old, fresh = import_files.store(sheet(GOOD)), import_files.store(sheet(GOOD))
    old_path, fresh_path = age(old, hours=25), age(fresh, hours=23)
    call_command("purge_import_sheets")
    assert "1 dry-run sheet(s) deleted" in capsys.readouterr().out
    assert not os.path.exists(old_path) and os.path.exists(fresh_path)


def test_purge_runs_before_any_import_was_made(capsys):
    call_command("purge_import_sheets")
    assert "0 dry-run sheet(s) deleted" in capsys.readouterr().out


def test_a_dry_run_older_than_a_day_cannot_be_applied(admin_client):
    office = make_office()
    dry = upload(admin_client, office, sheet(GOOD))
    age(dry.context["token"], hours=25)
    applied = admin_client.post(reverse("admin:notices_debtor_import"),
                                {"token": dry.context["token"], "office": office.pk}, follow=True)
    assert "đã hết hạn hoặc đã được thực hiện" in applied.content.decode()
    assert Debtor.objects.count() == 0


def test_header_is_unchanged_by_the_bounds():
    # The stream check counts the header row too: the limit is on data rows, as the message says.
    assert len(HEADER) <= importer.MAX_COLUMNS
