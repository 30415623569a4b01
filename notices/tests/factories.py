"""Small builders for the register and notices: only what a test names differs from the default."""

import datetime
import itertools

from django.utils import timezone

from notices.models import Debtor, Notice
from organisation.models import Unit
from organisation.tests.factories import make_unit

_numbers = itertools.count(1)


def make_office(**fields):
    fields.setdefault("kind", Unit.Kind.SUB_DEPARTMENT)
    fields.setdefault("name", f"Chi cục THADS huyện Mẫu {next(_numbers)}")
    return make_unit(**fields)


def make_debtor(**fields):
    n = next(_numbers)
    if "office" not in fields:
        fields["office"] = make_office()
    defaults = {
        "name": f"Người mẫu {n}", "birth_year": 1970, "address": "Thôn 1, xã Mẫu, tỉnh Thanh Hóa",
        "judgment_number": f"{n}/2020/DS-ST", "judgment_date": datetime.date(2020, 6, 15),
        "court": "TAND huyện Mẫu", "obligation": "Trả nợ 100.000.000 đồng", "decision_number": f"{n}/QĐ-CCTHADS",
        "decision_date": datetime.date(2023, 1, 10), "published_on": datetime.date(2023, 1, 11),
    }
    return Debtor.objects.create(**{**defaults, **fields})


def make_notice(**fields):
    if "office" not in fields:
        fields["office"] = make_office()
    defaults = {"kind": Notice.Kind.AUCTION_SELECTION, "title": f"Thông báo số {next(_numbers)}",
                "is_published": True, "notice_date": timezone.localdate()}
    return Notice.objects.create(**{**defaults, **fields})
