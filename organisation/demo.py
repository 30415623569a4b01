"""Demo directory: the department of today with its history, and the people the seed article names.

The units are created under their 2023 names (the seed article's) and renamed as the 2025
reorganisation renamed them, so 2023 papers keep the names of 2023 and today's pages show today's.
Names and facts not confirmed by a public source are marked "(tên mẫu)" so nobody takes them as
real (docs/organisation.md lists what to check); so are contact details. Safe to run again: units
are found by any of their names, people by name.
"""

import datetime

from organisation.models import Appointment, Capacity, Membership, Person, Unit, UnitEvent, UnitName
from organisation.services import record_succession, rename_unit

# The keys of the units below are their 2023 names, as the seed article gives them.
AGENCY = "Cục Thi hành án dân sự tỉnh Thanh Hóa"
YOUTH_BRANCH = "Chi đoàn Thanh niên Cục"
PLACEHOLDER_PHONE = "0237.000.0000 (số mẫu)"

REORGANISED = datetime.date(2025, 7, 1)  # Kết luận 160-KL/TW; the Ministry's decisions of 25/6/2025
SYSTEM_DECISION = ("Quyết định số 1898/QĐ-BTP ngày 25/6/2025 của Bộ trưởng Bộ Tư pháp "
                   "(cơ cấu tổ chức của hệ thống thi hành án dân sự từ 01/7/2025)")
# Thanh Hóa's Party and Youth Union bodies of "Khối" were replaced in February–March 2025; which body
# the department's now answer to is unconfirmed, hence the sample names and the sample date.
PARTY_SUPERIOR_CHANGED = datetime.date(2025, 3, 1)
YOUTH_SUPERIOR_CHANGED = datetime.date(2025, 3, 7)  # Đoàn TNCS Hồ Chí Minh UBND tỉnh: QĐ 310-QĐ/TĐTN-TCKT

STATE_SUPERIOR_2023 = "BỘ TƯ PHÁP\nTỔNG CỤC THI HÀNH ÁN DÂN SỰ"
STATE_SUPERIOR = "BỘ TƯ PHÁP\nCỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"
TODAY_AGENCY = "Thi hành án dân sự tỉnh Thanh Hóa"
TODAY_AGENCY_EN = "Civil Judgment Enforcement of Thanh Hoa Province"

UNITS = [  # (2023 name, short name, kind, parent, superior body, symbol)
    (AGENCY, "Cục THADS tỉnh Thanh Hóa", Unit.Kind.AGENCY, None, STATE_SUPERIOR_2023, "CTHADS"),
    ("Đảng ủy Cục", "Đảng ủy", Unit.Kind.PARTY, AGENCY, "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐU"),
    ("Lãnh đạo Cục", "Lãnh đạo", Unit.Kind.LEADERSHIP, AGENCY, STATE_SUPERIOR_2023, "CTHADS"),
    ("Văn phòng Cục", "Văn phòng", Unit.Kind.OFFICE, AGENCY, STATE_SUPERIOR_2023, "CTHADS"),
    ("Phòng Nghiệp vụ và Tổ chức thi hành án", "Phòng NV&TCTHA", Unit.Kind.DEPARTMENT, AGENCY,
     STATE_SUPERIOR_2023, "CTHADS"),
    ("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo", "Phòng KT,GQKNTC", Unit.Kind.DEPARTMENT, AGENCY,
     STATE_SUPERIOR_2023, "CTHADS"),
    ("Chi cục THADS thành phố Thanh Hóa", "Chi cục TP Thanh Hóa", Unit.Kind.SUB_DEPARTMENT, AGENCY,
     "CỤC THADS TỈNH THANH HÓA", "CCTHADS"),
    (YOUTH_BRANCH, "Chi đoàn", Unit.Kind.YOUTH_UNION, AGENCY, "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH THANH HÓA", "ĐTN"),
    ("Công đoàn Cục", "Công đoàn", Unit.Kind.TRADE_UNION, AGENCY, "CÔNG ĐOÀN NGÀNH TƯ PHÁP", "CĐ"),
]

TODAY_STATE = {"superior_name": STATE_SUPERIOR, "symbol": "THADS", "decision": SYSTEM_DECISION}
RENAMES = {  # 2023 name: [(from, new name, short name, English name, other fields)]
    AGENCY: [(REORGANISED, TODAY_AGENCY, "THADS tỉnh Thanh Hóa", TODAY_AGENCY_EN, TODAY_STATE)],
    "Lãnh đạo Cục": [(REORGANISED, "Lãnh đạo Thi hành án dân sự tỉnh", "Lãnh đạo", "", TODAY_STATE)],
    "Văn phòng Cục": [(REORGANISED, "Văn phòng Thi hành án dân sự tỉnh", "Văn phòng", "", TODAY_STATE)],
    "Phòng Nghiệp vụ và Tổ chức thi hành án": [
        (REORGANISED, "Phòng Nghiệp vụ và Tổ chức thi hành án", "Phòng NV&TCTHA", "", TODAY_STATE)],
    "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo": [
        (REORGANISED, "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo", "Phòng KT,GQKNTC", "", TODAY_STATE)],
    "Đảng ủy Cục": [
        (PARTY_SUPERIOR_CHANGED, "Đảng ủy Cục", "Đảng ủy", "",
         {"superior_name": "ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG TỈNH (tên mẫu)", "decision": "(tên mẫu, cần kiểm tra)"}),
        (REORGANISED, "Đảng ủy Thi hành án dân sự tỉnh", "Đảng ủy", "", {"decision": "(tên mẫu, cần kiểm tra)"}),
    ],
    YOUTH_BRANCH: [
        (YOUTH_SUPERIOR_CHANGED, YOUTH_BRANCH, "Chi đoàn", "",
         {"superior_name": "BCH ĐOÀN UBND TỈNH THANH HÓA (tên mẫu)",
          "decision": "QĐ 310-QĐ/TĐTN-TCKT ngày 07/3/2025 thành lập Đoàn TNCS Hồ Chí Minh UBND tỉnh"}),
        (REORGANISED, "Chi đoàn Thanh niên Thi hành án dân sự tỉnh", "Chi đoàn", "", {}),
    ],
    "Công đoàn Cục": [(REORGANISED, "Công đoàn Thi hành án dân sự tỉnh", "Công đoàn", "", {})],
}
# The Chi cục became Phòng Thi hành án dân sự khu vực, which no longer sign enforcement decisions.
REGIONAL_OFFICE = ("Phòng Thi hành án dân sự khu vực 1 – Thanh Hóa (tên mẫu)", "Phòng THADS khu vực 1")

PEOPLE = [  # (key, full name, today's titles, unit, order among the agency's leaders)
    ("director", "Hoàng Văn Truyền", "Bí thư Đảng ủy, Trưởng Thi hành án dân sự tỉnh", "Lãnh đạo Cục", 1),
    ("deputy_director_1", "Phó Trưởng thứ nhất (tên mẫu)", "Phó Trưởng Thi hành án dân sự tỉnh", "Lãnh đạo Cục", 2),
    ("deputy_director_2", "Phó Trưởng thứ hai (tên mẫu)", "Phó Trưởng Thi hành án dân sự tỉnh", "Lãnh đạo Cục", 3),
    ("office", "Chánh Văn phòng (tên mẫu)", "Chánh Văn phòng, phụ trách đảng vụ Đảng ủy", "Văn phòng Cục", None),
    ("secretary", "Bí thư Chi đoàn (tên mẫu)", "Bí thư Chi đoàn", YOUTH_BRANCH, None),
    ("deputy", "Tuấn Linh", "Phó Bí thư Chi đoàn", YOUTH_BRANCH, None),
    ("member", "Ủy viên BCH Chi đoàn (tên mẫu)", "Ủy viên BCH Chi đoàn", YOUTH_BRANCH, None),
]
UNTIL_REORGANISED = REORGANISED - datetime.timedelta(days=1)
POSITIONS = {  # key: [(capacity, title, English title, from, until)], Party before State as papers join them
    "director": [(Capacity.PARTY, "Bí thư Đảng ủy", "Party Secretary", None, None),
                 (Capacity.STATE, "Cục trưởng", "Director", None, UNTIL_REORGANISED),
                 (Capacity.STATE, "Trưởng Thi hành án dân sự tỉnh", "Head of Civil Judgment Enforcement",
                  REORGANISED, None)],
    "deputy_director_1": [(Capacity.STATE, "Phó Cục trưởng", "Deputy Director", None, UNTIL_REORGANISED),
                          (Capacity.STATE, "Phó Trưởng Thi hành án dân sự tỉnh", "Deputy Head", REORGANISED, None)],
    "deputy_director_2": [(Capacity.STATE, "Phó Cục trưởng", "Deputy Director", None, UNTIL_REORGANISED),
                          (Capacity.STATE, "Phó Trưởng Thi hành án dân sự tỉnh", "Deputy Head", REORGANISED, None)],
    "office": [(Capacity.STATE, "Chánh Văn phòng", "Chief of Office", None, None),
               (Capacity.PARTY, "phụ trách đảng vụ Đảng ủy Cục", "", None, UNTIL_REORGANISED),
               (Capacity.PARTY, "phụ trách đảng vụ Đảng ủy", "", REORGANISED, None)],
    "secretary": [(Capacity.YOUTH, "Bí thư Chi đoàn Thanh niên Cục", "", None, UNTIL_REORGANISED),
                  (Capacity.YOUTH, "Bí thư Chi đoàn", "", REORGANISED, None)],
    "deputy": [(Capacity.YOUTH, "Phó Bí thư Chi đoàn Thanh niên Cục", "", None, UNTIL_REORGANISED),
               (Capacity.YOUTH, "Phó Bí thư Chi đoàn", "", REORGANISED, None)],
    "member": [(Capacity.YOUTH, "Ủy viên BCH Chi đoàn", "", None, None)],
}

# What the introduction shows of each leader, until the agency writes it.
LEADER_PLACEHOLDERS = {
    "biography": "Tóm tắt quá trình công tác (nội dung mẫu, cần cập nhật).",
    "duties": "Lĩnh vực phụ trách (nội dung mẫu, cần cập nhật).",
    "phone": PLACEHOLDER_PHONE,
}

ROLES = {"secretary": Membership.Role.SECRETARY, "deputy": Membership.Role.DEPUTY,
         "member": Membership.Role.COMMITTEE}


def seed_directory():
    """Create the demo units with their history and the people once; return ({2023 name: unit}, {key: person})."""
    units = {}
    for position, (name, short, kind, parent, superior, symbol) in enumerate(UNITS):
        unit = Unit.objects.named(name).first()
        if unit is None:
            unit = Unit.objects.create(name=name, short_name=short, kind=kind, parent=units.get(parent),
                                       position=position, superior_name=superior, symbol=symbol,
                                       phone=PLACEHOLDER_PHONE)
            for on, new_name, new_short, name_en, fields in RENAMES.get(name, []):
                rename_unit(unit=unit, on=on, name=new_name, short_name=new_short, name_en=name_en, **fields)
            unit.refresh_from_db()
        units[name] = unit
    _regional_office(units)
    people = {}
    for key, name, position, unit, leader_order in PEOPLE:
        people[key], created = Person.objects.get_or_create(
            full_name=name, defaults={"position": position, "unit": units[unit], "leader_order": leader_order,
                                      **(LEADER_PLACEHOLDERS if leader_order else {})})
        if created:
            for order, (capacity, title, title_en, start, end) in enumerate(POSITIONS[key]):
                Appointment.objects.create(
                    person=people[key], capacity=capacity, title=title, title_en=title_en, unit=units[unit],
                    starts_on=start, ends_on=end, order=order,
                    decision=SYSTEM_DECISION if start == REORGANISED and capacity == Capacity.STATE else "")
        if key in ROLES:
            Membership.objects.get_or_create(
                person=people[key], unit=units[YOUTH_BRANCH], role=ROLES[key],
                defaults={"term_start": datetime.date(2022, 1, 1)},
            )
    return units, people


def _regional_office(units):
    """Create the Phòng THADS khu vực that replaced the city's Chi cục, once."""
    chi_cuc = units["Chi cục THADS thành phố Thanh Hóa"]
    if UnitEvent.objects.filter(source=chi_cuc).exists():
        return
    name, short = REGIONAL_OFFICE
    office = Unit.objects.create(name=name, short_name=short, kind=Unit.Kind.SUB_DEPARTMENT, parent=units[AGENCY],
                                 position=len(UNITS), superior_name=TODAY_AGENCY.upper(), symbol="",
                                 phone=PLACEHOLDER_PHONE)
    UnitName.objects.create(unit=office, name=name, short_name=short, superior_name=TODAY_AGENCY.upper(),
                            valid_from=REORGANISED, decision=SYSTEM_DECISION)
    record_succession(source=chi_cuc, target=office, kind=UnitEvent.Kind.REPLACED, on=REORGANISED,
                      decision=SYSTEM_DECISION)
    units[name] = office
