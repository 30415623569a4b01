"""The register's Excel import: template, dry run row by row, refusals with sheet/row/column, all or nothing."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from notices import importer
from notices.models import Debtor
from notices.tests.factories import make_debtor, make_office

pytestmark = pytest.mark.django_db
HEADER = [header for _field, header, _required in importer.COLUMNS]
GOOD = ["Cá nhân", "Nguyễn Văn Nhập", 1980, "Thôn 2, xã Mẫu", "5/2021/DS-ST", "01/02/2021", "TAND huyện Mẫu",
        "Trả nợ 50.000.000 đồng", "7/QĐ-CCTHADS", "10/03/2023", ""]


def sheet(*rows, header=HEADER):
    book = Workbook()
    book.active.title = "Danh sach"
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def row_with(**changes):
    values = dict(zip([field for field, _h, _r in importer.COLUMNS], GOOD, strict=True))
    values.update(changes)
    return [values[field] for field, _h, _r in importer.COLUMNS]


def reasons(rows):
    return {row.number: [reason for _column, reason in row.errors] for row in rows if row.errors}


def test_template_has_the_expected_columns(admin_client):
    response = admin_client.get(reverse("admin:notices_debtor_template"))
    book = load_workbook(io.BytesIO(response.content))
    assert [cell.value for cell in book.active[1]] == HEADER
    assert importer.read_sheet(response.content)[1][0].refused is False


def test_good_rows_are_read_with_dates_and_kinds():
    _name, rows = importer.read_sheet(sheet(GOOD, row_with(kind="Tổ chức", name="Công ty Mẫu", birth_year=None,
                                                           decision_number="8/QĐ")))
    assert [row.refused for row in rows] == [False, False]
    assert rows[0].values["judgment_date"] == datetime.date(2021, 2, 1)
    assert rows[1].values["kind"] == "organisation" and rows[1].values["birth_year"] is None


def test_each_bad_cell_is_reported_with_row_column_and_reason():
    _name, rows = importer.read_sheet(sheet(
        row_with(name=""),                                   # row 2: no name
        row_with(judgment_date="31/02/2021", decision_number="9"),  # row 3: no such day
        row_with(name="=HYPERLINK(\"http://x\")", decision_number="10"),  # row 4: formula
        row_with(kind="Công ty", decision_number="11"),       # row 5: unknown kind
        GOOD, GOOD,                                          # rows 6, 7: the same debtor twice
        row_with(kind="Tổ chức", birth_year=1970, decision_number="12"),  # row 8: organisation with a birth year
    ))
    assert reasons(rows) == {
        2: ["Ô này đang trống."],
        3: ["Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2023."],
        4: ["Ô chứa công thức; hãy gõ giá trị."],
        5: ["Hãy ghi «Cá nhân» hoặc «Tổ chức»."],
        7: ["Trùng người phải thi hành án và quyết định với dòng 6."],
        8: ["Tổ chức không có năm sinh."],
    }
    assert rows[0].errors[0][0] == "Họ tên / Tên tổ chức"


def test_control_characters_are_refused():
    # openpyxl cannot write them, but Excel stores them escaped (_x0007_) and openpyxl reads them back.
    fields = [field for field, _h, _r in importer.COLUMNS]
    row = importer.read_row(9, dict(zip(fields, row_with(address="Thôn\x07 3"), strict=True)))
    assert row.errors == [("Địa chỉ", "Ô chứa ký tự điều khiển không nhìn thấy được.")]


@pytest.mark.parametrize(("data", "message"), [
    (b"%PDF-1.4 not a sheet", "không phải bảng tính Excel"),
    (b"PK\x03\x04 broken zip", "không phải bảng tính Excel"),
    (sheet(GOOD, header=["Họ tên / Tên tổ chức", "Địa chỉ"]), "Dòng đầu thiếu các cột"),
])
def test_unusable_files_are_refused_whole(data, message):
    with pytest.raises(importer.SheetError, match=message):
        importer.read_sheet(data)


def test_oversized_sheet_is_refused(monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 3)
    with pytest.raises(importer.SheetError, match="hơn 3 dòng"):
        importer.read_sheet(sheet(*[row_with(decision_number=str(n)) for n in range(5)]))


def upload(admin_client, office, data, name="danh-sach.xlsx"):
    return admin_client.post(reverse("admin:notices_debtor_import"),
                             {"office": office.pk, "sheet": SimpleUploadedFile(name, data)})


def test_dry_run_then_all_or_nothing_import(admin_client):
    office = make_office()
    existing = make_debtor(office=office, name="Nguyễn Văn Nhập", decision_number="7/QĐ-CCTHADS",
                           obligation="Trả nợ 10.000.000 đồng")
    dry = upload(admin_client, office, sheet(GOOD, row_with(name="Lê Thị Mới", decision_number="20/QĐ")))
    assert dry.status_code == 200 and Debtor.objects.count() == 1
    plan = dry.context["plan"]
    assert [(action, row.values["name"]) for action, row in plan.rows()] == [
        ("changed", "Nguyễn Văn Nhập"), ("added", "Lê Thị Mới")]
    done = admin_client.post(reverse("admin:notices_debtor_import"), {"token": dry.context["token"],
                                                                      "office": office.pk})
    assert done.status_code == 302
    existing.refresh_from_db()
    assert existing.obligation == "Trả nợ 50.000.000 đồng" and existing.history.count() == 2
    assert Debtor.objects.get(name="Lê Thị Mới").office == office
    # The same token cannot be applied twice.
    again = admin_client.post(reverse("admin:notices_debtor_import"), {"token": dry.context["token"],
                                                                       "office": office.pk}, follow=True)
    assert "đã hết hạn hoặc đã được thực hiện" in again.content.decode()
    assert Debtor.objects.count() == 2


def test_a_sheet_with_refused_rows_imports_nothing(admin_client):
    office = make_office()
    dry = upload(admin_client, office, sheet(GOOD, row_with(name="", decision_number="2")))
    page = dry.content.decode()
    assert "Bảng «Danh sach», dòng 3, cột «Họ tên / Tên tổ chức»: Ô này đang trống." in page
    assert "apply-import" not in page
    forced = admin_client.post(reverse("admin:notices_debtor_import"), {"token": dry.context["token"],
                                                                        "office": office.pk}, follow=True)
    assert Debtor.objects.count() == 0
    assert "chưa nhập dòng nào" in forced.content.decode()


def test_disguised_file_gets_a_message_next_to_the_field(admin_client):
    response = upload(admin_client, make_office(), b"<html>not excel</html>", name="danh-sach.xlsx")
    assert response.status_code == 200
    assert "không phải bảng tính Excel" in response.content.decode()
    assert Debtor.objects.count() == 0


def test_forged_tokens_and_offices_are_refused(admin_client):
    for data in ({"token": "../../etc/passwd", "office": "1"}, {"token": "a" * 20, "office": "x"}):
        response = admin_client.post(reverse("admin:notices_debtor_import"), data, follow=True)
        assert response.status_code == 200 and "đã hết hạn" in response.content.decode()


def test_import_needs_the_right_to_add_and_change(client, django_user_model):
    user = django_user_model.objects.create_user("khach", password="x-mat-khau-dai", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:notices_debtor_import")).status_code == 403
