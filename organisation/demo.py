"""Demo directory: the Cục, its units and bodies, and the people the seed article names.

Names not given in the article are marked "(tên mẫu)" so nobody takes them as real; so are
contact details. Safe to run again: rows are looked up by name.
"""

import datetime

from organisation.models import Membership, Person, Unit

AGENCY = "Cục Thi hành án dân sự tỉnh Thanh Hóa"
YOUTH_BRANCH = "Chi đoàn Thanh niên Cục"
PLACEHOLDER_PHONE = "0237.000.0000 (số mẫu)"

STATE_SUPERIOR = "BỘ TƯ PHÁP\nCỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"
UNITS = [  # (name, short name, kind, parent, superior body, symbol)
    (AGENCY, "Cục THADS tỉnh Thanh Hóa", Unit.Kind.AGENCY, None, STATE_SUPERIOR, "CTHADS"),
    ("Đảng ủy Cục", "Đảng ủy", Unit.Kind.PARTY, AGENCY, "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐU"),
    ("Lãnh đạo Cục", "Lãnh đạo", Unit.Kind.LEADERSHIP, AGENCY, STATE_SUPERIOR, "CTHADS"),
    ("Văn phòng Cục", "Văn phòng", Unit.Kind.OFFICE, AGENCY, STATE_SUPERIOR, "CTHADS"),
    ("Phòng Nghiệp vụ và Tổ chức thi hành án", "Phòng NV&TCTHA", Unit.Kind.DEPARTMENT, AGENCY,
     STATE_SUPERIOR, "CTHADS"),
    ("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo", "Phòng KT,GQKNTC", Unit.Kind.DEPARTMENT, AGENCY,
     STATE_SUPERIOR, "CTHADS"),
    ("Chi cục THADS thành phố Thanh Hóa", "Chi cục TP Thanh Hóa", Unit.Kind.SUB_DEPARTMENT, AGENCY,
     "CỤC THADS TỈNH THANH HÓA", "CCTHADS"),
    (YOUTH_BRANCH, "Chi đoàn", Unit.Kind.YOUTH_UNION, AGENCY, "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH THANH HÓA", "ĐTN"),
    ("Công đoàn Cục", "Công đoàn", Unit.Kind.TRADE_UNION, AGENCY, "CÔNG ĐOÀN NGÀNH TƯ PHÁP", "CĐ"),
]

PEOPLE = [  # (key, full name, position, unit, order among the agency's leaders)
    ("director", "Hoàng Văn Truyền", "Bí thư Đảng ủy, Cục trưởng", "Lãnh đạo Cục", 1),
    ("deputy_director_1", "Phó Cục trưởng thứ nhất (tên mẫu)", "Phó Cục trưởng", "Lãnh đạo Cục", 2),
    ("deputy_director_2", "Phó Cục trưởng thứ hai (tên mẫu)", "Phó Cục trưởng", "Lãnh đạo Cục", 3),
    ("office", "Chánh Văn phòng (tên mẫu)", "Chánh Văn phòng, phụ trách đảng vụ Đảng ủy Cục", "Văn phòng Cục", None),
    ("secretary", "Bí thư Chi đoàn (tên mẫu)", "Bí thư Chi đoàn Thanh niên Cục", YOUTH_BRANCH, None),
    ("deputy", "Tuấn Linh", "Phó Bí thư Chi đoàn Thanh niên Cục", YOUTH_BRANCH, None),
    ("member", "Ủy viên BCH Chi đoàn (tên mẫu)", "Ủy viên BCH Chi đoàn", YOUTH_BRANCH, None),
]

# What the introduction shows of each leader, until the agency writes it.
LEADER_PLACEHOLDERS = {
    "biography": "Tóm tắt quá trình công tác (nội dung mẫu, cần cập nhật).",
    "duties": "Lĩnh vực phụ trách (nội dung mẫu, cần cập nhật).",
    "phone": PLACEHOLDER_PHONE,
}

ROLES = {"secretary": Membership.Role.SECRETARY, "deputy": Membership.Role.DEPUTY,
         "member": Membership.Role.COMMITTEE}


def seed_directory():
    """Create the demo units and people once; return them as ({name: unit}, {key: person})."""
    units = {}
    for position, (name, short, kind, parent, superior, symbol) in enumerate(UNITS):
        units[name], _created = Unit.objects.get_or_create(name=name, defaults={
            "short_name": short, "kind": kind, "parent": units.get(parent), "position": position,
            "superior_name": superior, "symbol": symbol, "phone": PLACEHOLDER_PHONE,
        })
    people = {}
    for key, name, position, unit, leader_order in PEOPLE:
        people[key], _created = Person.objects.get_or_create(
            full_name=name, defaults={"position": position, "unit": units[unit], "leader_order": leader_order,
                                      **(LEADER_PLACEHOLDERS if leader_order else {})})
        if key in ROLES:
            Membership.objects.get_or_create(
                person=people[key], unit=units[YOUTH_BRANCH], role=ROLES[key],
                defaults={"term_start": datetime.date(2022, 1, 1)},
            )
    return units, people
