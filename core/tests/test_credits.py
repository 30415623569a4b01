"""The credit line parser: the customary Vietnamese forms read into people, roles, units and source."""

import pytest

from core.credits import Credit, Person, parse_credit

CASES = [
    ("Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn", Credit((Person("Tuấn Linh", "Phó Bí thư Chi đoàn"),))),
    ("Tin và ảnh: Lê Thị Hà", Credit((Person("Lê Thị Hà"),))),
    ("Tin, ảnh: Lê Thị Hà.", Credit((Person("Lê Thị Hà"),))),
    ("(Ảnh + tin bài) Vũ Quang Đạo", Credit((Person("Vũ Quang Đạo"),))),
    ("(Tin + ảnh): Vũ Quang Đạo", Credit((Person("Vũ Quang Đạo"),))),
    ("Tác giả: Nguyễn Văn An", Credit((Person("Nguyễn Văn An"),))),
    ("tác giả:   Nguyễn  Văn An ", Credit((Person("Nguyễn Văn An"),))),
    ("Theo Văn phòng", Credit(source="Văn phòng")),
    ("Nguồn: Bộ Tư pháp", Credit(source="Bộ Tư pháp")),
    ("Nguồn: moj.gov.vn", Credit(source="moj.gov.vn")),
    ("Phạm Chính - Văn phòng", Credit((Person("Phạm Chính", unit="Văn phòng"),))),
    ("Phạm Chính – Chi cục THADS huyện Nga Sơn", Credit((Person("Phạm Chính", unit="Chi cục THADS huyện Nga Sơn"),))),
    ("Tuấn Linh (Văn phòng Cục)", Credit((Person("Tuấn Linh", unit="Văn phòng Cục"),))),
    ("Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn - Văn phòng",
     Credit((Person("Tuấn Linh", "Phó Bí thư Chi đoàn", "Văn phòng"),))),
    ("Tin: Hoàng Minh, Lê Hà", Credit((Person("Hoàng Minh"), Person("Lê Hà")))),
    ("Tin bài: Tuấn Linh, PV", Credit((Person("Tuấn Linh", "PV"),))),
    ("Tin bài: Tuấn Linh (Theo Báo Thanh Hóa)", Credit((Person("Tuấn Linh"),), "Báo Thanh Hóa")),
    ("Tuấn Linh - Nguồn: Cổng TTĐT Bộ Tư pháp", Credit((Person("Tuấn Linh"),), "Cổng TTĐT Bộ Tư pháp")),
    ("Văn phòng Cục", Credit(source="Văn phòng Cục")),
    ("Ban biên tập", Credit(source="Ban biên tập")),
    ("Tuấn Linh", Credit((Person("Tuấn Linh"),))),
    ("", Credit()),
    ("   ", Credit()),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[case[0] or "empty" for case in CASES])
def test_credit_line_is_read_into_people_and_source(line, expected):
    assert parse_credit(line) == expected
