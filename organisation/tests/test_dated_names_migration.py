"""A database made before dated names upgrades: every unit and position becomes its first dated row."""

import pytest

from core.testing.migrations import migrate, migrate_to_latest

BEFORE = [("organisation", "0003_person_english")]
AFTER = [("organisation", "0004_dated_names_and_positions")]


@pytest.mark.django_db(transaction=True)
def test_current_names_and_positions_become_the_first_dated_rows():
    old = migrate(BEFORE)
    Unit, Person = old.get_model("organisation", "Unit"), old.get_model("organisation", "Person")
    agency = Unit.objects.create(name="Cục Thi hành án dân sự tỉnh Thanh Hóa", short_name="Cục THADS",
                                 kind="agency", superior_name="BỘ TƯ PHÁP\nTỔNG CỤC THI HÀNH ÁN DÂN SỰ",
                                 symbol="CTHADS")
    branch = Unit.objects.create(name="Chi đoàn Thanh niên Cục", kind="youth_union", parent=agency, symbol="ĐTN")
    director = Person.objects.create(full_name="Hoàng Văn Truyền", position="Bí thư Đảng ủy, Cục trưởng",
                                     position_en="Party Secretary, Director", unit=agency, leader_order=1)
    deputy = Person.objects.create(full_name="Tuấn Linh", position="Phó Bí thư Chi đoàn", unit=branch)
    union = Person.objects.create(full_name="Chủ tịch mẫu", position="Chủ tịch Công đoàn", unit=agency)
    Person.objects.create(full_name="Không chức vụ", unit=branch)

    new = migrate(AFTER)
    UnitName = new.get_model("organisation", "UnitName")
    Appointment = new.get_model("organisation", "Appointment")
    assert new.get_model("organisation", "Unit").objects.count() == 2
    first = UnitName.objects.get(unit_id=agency.pk)
    assert (first.name, first.short_name, first.superior_name, first.symbol, first.valid_from, first.valid_to) == (
        "Cục Thi hành án dân sự tỉnh Thanh Hóa", "Cục THADS", "BỘ TƯ PHÁP\nTỔNG CỤC THI HÀNH ÁN DÂN SỰ", "CTHADS",
        None, None)
    assert UnitName.objects.get(unit_id=branch.pk).name == "Chi đoàn Thanh niên Cục"
    held = {(row.person_id, row.capacity, row.title, row.title_en, row.order)
            for row in Appointment.objects.all()}
    assert held == {
        (director.pk, "party", "Bí thư Đảng ủy", "Party Secretary", 0),
        (director.pk, "state", "Cục trưởng", "Director", 1),
        (deputy.pk, "youth", "Phó Bí thư Chi đoàn", "", 0),
        (union.pk, "trade_union", "Chủ tịch Công đoàn", "", 0),
    }
    # The free-text position stays as it was: nothing typed is lost.
    assert new.get_model("organisation", "Person").objects.get(pk=director.pk).position == "Bí thư Đảng ủy, Cục trưởng"
    assert Appointment.objects.get(person_id=director.pk, capacity="state").unit_id == agency.pk
    migrate_to_latest()
