"""Demo enforcement information: a few clearly fictitious register entries and notices."""

import datetime

from django.utils import timezone

from notices.models import Debtor, Notice, offices

DEBTORS = [  # (name, kind, year of birth, address, obligation)
    ("Nguyễn Văn A (tên mẫu)", Debtor.Kind.PERSON, 1972,
     "Thôn Mẫu, xã Mẫu, huyện Đông Sơn, tỉnh Thanh Hóa (địa chỉ mẫu)",
     "Trả nợ cho Ngân hàng (mẫu) số tiền 350.000.000 đồng"),
    ("Trần Thị B (tên mẫu)", Debtor.Kind.PERSON, 1985, "Phố Mẫu, phường Mẫu, TP Thanh Hóa (địa chỉ mẫu)",
     "Bồi thường thiệt hại 42.500.000 đồng"),
    ("Công ty TNHH Mẫu (tên mẫu)", Debtor.Kind.ORGANISATION, None, "Khu công nghiệp Mẫu, tỉnh Thanh Hóa (địa chỉ mẫu)",
     "Trả nợ tiền hàng 1.200.000.000 đồng"),
]


def seed_notices(*, stdout=None):
    """Create the demo entries and notices once (looked up by name and title)."""
    write = stdout.write if stdout else (lambda _text: None)
    office_list = list(offices().order_by("position"))
    if not office_list:
        return
    today = timezone.localdate()
    for number, (name, kind, born, address, obligation) in enumerate(DEBTORS, start=1):
        _debtor, created = Debtor.objects.get_or_create(name=name, defaults={
            "office": office_list[number % len(office_list)], "kind": kind, "birth_year": born, "address": address,
            "obligation": obligation, "judgment_number": f"{number}/2021/DS-ST (số mẫu)",
            "judgment_date": datetime.date(2021, 3, number), "court": "Tòa án nhân dân huyện Mẫu (tên mẫu)",
            "decision_number": f"{number}/QĐ-CCTHADS (số mẫu)", "decision_date": datetime.date(2023, 2, number),
            "published_on": datetime.date(2023, 2, number + 1),
        })
        if created:
            write(f"register: {name}")
    notices = [
        (Notice.Kind.AUCTION_SELECTION, "Thông báo lựa chọn tổ chức đấu giá tài sản (ví dụ)",
         "Quyền sử dụng đất thửa số 00 (ví dụ), tờ bản đồ số 00, xã Mẫu", 1_250_000_000,
         today + datetime.timedelta(days=5), "Hạn nộp hồ sơ đăng ký"),
        (Notice.Kind.RECEIVE, "Thông báo về việc nhận tiền thi hành án (ví dụ)", "", None,
         today + datetime.timedelta(days=20), "Hạn đến nhận tiền"),
        (Notice.Kind.AUCTION_RESULT, "Thông báo kết quả đấu giá tài sản (ví dụ)", "Xe ô tô con (ví dụ), biển số mẫu",
         480_000_000, None, ""),
    ]
    for kind, title, asset, price, deadline, note in notices:
        _notice, created = Notice.objects.get_or_create(title=title, defaults={
            "kind": kind, "office": office_list[0], "asset": asset, "starting_price": price, "deadline": deadline,
            "deadline_note": note, "number": "00/TB-CTHADS (số mẫu)", "is_published": True,
            "body": "<p>Nội dung thông báo mẫu, dùng để xem thử cổng thông tin; không phải thông báo thật.</p>",
        })
        if created:
            write(f"notice: {title}")
