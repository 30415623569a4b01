"""Generated register entries for scale tests (`generate_corpus --debtors N`): fictitious names only."""

import datetime

from django.db import transaction

from notices.models import Debtor, offices
from organisation.models import Unit

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quang", "Ngọc", "Xuân", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Hương", "Lan", "Linh", "Long", "Mai",
         "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến", "Đạt", "Hằng", "Khánh"]
PLACES = ["Đông Sơn", "Hoằng Hóa", "Quảng Xương", "Tĩnh Gia", "Thọ Xuân", "Nông Cống", "Hậu Lộc", "Nga Sơn"]
OBLIGATIONS = ["Trả nợ cho ngân hàng {n}.000.000 đồng", "Bồi thường thiệt hại {n}.000.000 đồng",
               "Nộp án phí dân sự sơ thẩm {n}.000 đồng", "Trả tiền vay {n}.000.000 đồng và lãi"]


def build_debtor(rng, *, number, office):
    """Return an unsaved fictitious register entry."""
    judgment = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3000))
    decision = judgment + datetime.timedelta(days=rng.randrange(60, 900))
    person = rng.random() < 0.9
    name = (f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" if person
            else f"Công ty TNHH {rng.choice(GIVEN)} {rng.choice(PLACES)}")
    debtor = Debtor(
        office=office, kind=Debtor.Kind.PERSON if person else Debtor.Kind.ORGANISATION, name=f"{name} (mẫu {number})",
        birth_year=rng.randrange(1950, 2000) if person else None,
        address=f"Thôn {rng.randrange(1, 20)}, xã {rng.choice(GIVEN)}, huyện {rng.choice(PLACES)}, tỉnh Thanh Hóa",
        judgment_number=f"{rng.randrange(1, 300)}/{judgment.year}/DS-ST", judgment_date=judgment,
        court=f"Tòa án nhân dân huyện {rng.choice(PLACES)}",
        obligation=rng.choice(OBLIGATIONS).format(n=rng.randrange(5, 900)),
        decision_number=f"{number}/QĐ-CCTHADS", decision_date=decision, published_on=decision,
    )
    debtor.fill_search_columns()
    return debtor


def generate_debtors(rng, count, *, batch_size=2000):
    """Create count fictitious register entries spread over the offices; return how many were made."""
    office_list = list(offices()) or [Unit.objects.create(name="Cục THADS (mẫu)", kind=Unit.Kind.AGENCY)]
    start = Debtor.objects.count()
    for first in range(0, count, batch_size):
        batch = [build_debtor(rng, number=start + n + 1, office=rng.choice(office_list))
                 for n in range(first, min(count, first + batch_size))]
        with transaction.atomic():
            Debtor.objects.bulk_create(batch)
    return count
