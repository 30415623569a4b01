"""Small builders for the directory: only what a test names differs from the default."""

import itertools

from organisation.models import Person, Unit

_numbers = itertools.count(1)


def make_unit(**fields):
    fields.setdefault("name", f"Phòng số {next(_numbers)}")
    return Unit.objects.create(**fields)


def make_person(**fields):
    fields.setdefault("full_name", f"Nguyễn Văn {next(_numbers)}")
    if "unit" not in fields:
        fields["unit"] = make_unit()
    return Person.objects.create(**fields)


def make_renamed_agency(**fields):
    """Return an agency named "Cục …" until 30/6/2025 and "Thi hành án dân sự tỉnh …" from 1/7/2025."""
    import datetime

    from organisation.services import rename_unit

    fields = {"name": "Cục Thi hành án dân sự tỉnh Thanh Hóa", "short_name": "Cục THADS tỉnh Thanh Hóa",
              "kind": Unit.Kind.AGENCY, "superior_name": "BỘ TƯ PHÁP\nTỔNG CỤC THI HÀNH ÁN DÂN SỰ",
              "symbol": "CTHADS", **fields}
    agency = make_unit(**fields)
    rename_unit(unit=agency, on=datetime.date(2025, 7, 1), name="Thi hành án dân sự tỉnh Thanh Hóa",
                short_name="THADS tỉnh Thanh Hóa", name_en="Civil Judgment Enforcement of Thanh Hoa Province",
                superior_name="BỘ TƯ PHÁP\nCỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ", symbol="THADS",
                decision="Quyết định số 1898/QĐ-BTP ngày 25/6/2025")
    agency.refresh_from_db()
    return agency
