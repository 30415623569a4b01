"""The department before and after 1/7/2025, for tests of records that bear the names of their date.

Until 30/6/2025: "Cục Thi hành án dân sự tỉnh Thanh Hóa", its Party committee under the "Khối" Party
body, its Youth Union branch under the "Khối" Youth Union body, a director who is also the Party
secretary. From 1/7/2025 the renamed bodies (the superiors after 2025 are samples: which bodies
they answer to is unconfirmed, see ../shared/notes/domain.md) and the director's new State title.
"""

import datetime
from types import SimpleNamespace

from organisation.models import Appointment, Capacity, Unit
from organisation.services import change_title, rename_unit
from organisation.tests.factories import make_person, make_unit

RENAMED_ON = datetime.date(2025, 7, 1)
BEFORE = datetime.date(2023, 3, 31)
AFTER = datetime.date(2026, 3, 20)

AGENCY_BEFORE, AGENCY_AFTER = "Cục Thi hành án dân sự tỉnh Thanh Hóa", "Thi hành án dân sự tỉnh Thanh Hóa"
MINISTRY_BEFORE = "BỘ TƯ PHÁP\nTỔNG CỤC THI HÀNH ÁN DÂN SỰ"
MINISTRY_AFTER = "BỘ TƯ PHÁP\nCỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"
PARTY_BEFORE, PARTY_AFTER = "Đảng ủy Cục", "Đảng ủy Thi hành án dân sự tỉnh"
PARTY_SUPERIOR_BEFORE, PARTY_SUPERIOR_AFTER = "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ UBND TỈNH THANH HÓA"
YOUTH_BEFORE, YOUTH_AFTER = "Chi đoàn Thanh niên Cục", "Chi đoàn Thi hành án dân sự tỉnh"
YOUTH_SUPERIOR_BEFORE = "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH THANH HÓA"
YOUTH_SUPERIOR_AFTER = "BCH ĐOÀN UBND TỈNH THANH HÓA"
DIRECTOR_BEFORE, DIRECTOR_AFTER = "Cục trưởng", "Trưởng Thi hành án dân sự tỉnh"
PARTY_SECRETARY = "Bí thư Đảng ủy"
BRANCH_SECRETARY = "Bí thư Chi đoàn"


def renamed_department():
    """Create the department renamed on 1/7/2025 and its people; return them by role."""
    agency = make_unit(name=AGENCY_BEFORE, short_name="Cục THADS", kind=Unit.Kind.AGENCY,
                       superior_name=MINISTRY_BEFORE, symbol="CTHADS")
    rename_unit(unit=agency, on=RENAMED_ON, name=AGENCY_AFTER, short_name="THADS tỉnh",
                superior_name=MINISTRY_AFTER, symbol="THADS", decision="Quyết định 1898/QĐ-BTP ngày 25/6/2025")
    office = make_unit(name="Văn phòng Cục", kind=Unit.Kind.OFFICE, parent=agency, superior_name=MINISTRY_BEFORE
                       + "\n" + AGENCY_BEFORE.upper(), symbol="CTHADS")
    rename_unit(unit=office, on=RENAMED_ON, name="Văn phòng", superior_name=MINISTRY_AFTER + "\n"
                + AGENCY_AFTER.upper(), symbol="THADS")
    party = make_unit(name=PARTY_BEFORE, short_name="Đảng ủy", kind=Unit.Kind.PARTY, parent=agency,
                      superior_name=PARTY_SUPERIOR_BEFORE, symbol="ĐU")
    rename_unit(unit=party, on=RENAMED_ON, name=PARTY_AFTER, short_name="Đảng ủy",
                superior_name=PARTY_SUPERIOR_AFTER)
    youth = make_unit(name=YOUTH_BEFORE, kind=Unit.Kind.YOUTH_UNION, parent=agency,
                      superior_name=YOUTH_SUPERIOR_BEFORE, symbol="ĐTN")
    rename_unit(unit=youth, on=RENAMED_ON, name=YOUTH_AFTER, superior_name=YOUTH_SUPERIOR_AFTER)

    director = make_person(full_name="Hoàng Văn Truyền", unit=agency, position="Bí thư Đảng ủy, Cục trưởng")
    Appointment.objects.create(person=director, capacity=Capacity.PARTY, title=PARTY_SECRETARY, unit=party,
                               order=0)
    Appointment.objects.create(person=director, capacity=Capacity.STATE, title=DIRECTOR_BEFORE, unit=agency,
                               order=1)
    change_title(person=director, capacity=Capacity.STATE, on=RENAMED_ON, title=DIRECTOR_AFTER)
    secretary = make_person(full_name="Lê Thị Đoàn", unit=youth, position="Bí thư Chi đoàn")
    Appointment.objects.create(person=secretary, capacity=Capacity.YOUTH, title=BRANCH_SECRETARY, unit=youth)
    Appointment.objects.create(person=secretary, capacity=Capacity.STATE, title="Chuyên viên", unit=office)
    for unit in (agency, office, party, youth):
        unit.refresh_from_db()
    return SimpleNamespace(agency=agency, office=office, party=party, youth=youth, director=director,
                           secretary=secretary)
