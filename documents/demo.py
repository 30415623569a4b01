"""Demo documents: the main laws and decrees of civil judgment enforcement, and a few of the Cục's own.

The laws and decrees are real (number, date, issuer); their summaries are short descriptions.
The Cục's own documents are samples and say so ("văn bản mẫu"). Safe to run again.
"""

import datetime

from django.utils import timezone

from documents.models import Document, IssuingBody, Sector
from organisation.demo import AGENCY, TODAY_AGENCY
from organisation.models import Person, Unit

ISSUERS = ["Quốc hội", "Chính phủ", "Bộ Tư pháp", "Thường trực HĐND tỉnh Thanh Hóa", AGENCY]
SECTORS = ["Thi hành án dân sự", "Tổ chức cán bộ", "Hành chính - Văn phòng", "Kiểm tra, khiếu nại, tố cáo"]
K = Document.Kind
DOCUMENTS = [  # (number, kind, issuer, sector, issued, effective, summary)
    ("26/2008/QH12", K.LAW, "Quốc hội", "Thi hành án dân sự", (2008, 11, 14), (2009, 7, 1),
     "Luật Thi hành án dân sự"),
    ("64/2014/QH13", K.LAW, "Quốc hội", "Thi hành án dân sự", (2014, 11, 25), (2015, 7, 1),
     "Luật sửa đổi, bổ sung một số điều của Luật Thi hành án dân sự"),
    ("62/2015/NĐ-CP", K.DECREE, "Chính phủ", "Thi hành án dân sự", (2015, 7, 18), None,
     "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi hành án dân sự"),
    ("33/2020/NĐ-CP", K.DECREE, "Chính phủ", "Thi hành án dân sự", (2020, 3, 17), None,
     "Sửa đổi, bổ sung một số điều của Nghị định số 62/2015/NĐ-CP quy định chi tiết và hướng dẫn thi hành "
     "một số điều của Luật Thi hành án dân sự"),
    ("106/2025/QH15", K.LAW, "Quốc hội", "Thi hành án dân sự", (2025, 12, 5), (2026, 7, 1),
     "Luật Thi hành án dân sự (thay thế Luật Thi hành án dân sự số 26/2008/QH12, từ ngày 01/7/2026)"),
    ("618/KL-HĐND", K.CONCLUSION, "Thường trực HĐND tỉnh Thanh Hóa", "Thi hành án dân sự", (2022, 11, 11), None,
     "Kết luận về công tác thi hành án dân sự trên địa bàn tỉnh (trích yếu mẫu, cần cập nhật theo văn bản gốc)"),
    ("01/KH-CTHADS", K.PLAN, AGENCY, "Hành chính - Văn phòng", (2023, 1, 5), None,
     "Kế hoạch công tác năm 2023 của Cục Thi hành án dân sự tỉnh Thanh Hóa (văn bản mẫu)"),
    ("123/QĐ-CTHADS", K.DECISION, AGENCY, "Thi hành án dân sự", (2023, 3, 31), (2023, 4, 1),
     "Quyết định kiện toàn Tổ công tác thi hành án các vụ việc tín dụng, ngân hàng (văn bản mẫu)"),
    ("45/CT-CTHADS", K.DIRECTIVE, AGENCY, "Kiểm tra, khiếu nại, tố cáo", (2023, 4, 10), None,
     "Chỉ thị về tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo (văn bản mẫu)"),
    ("210/TB-CTHADS", K.NOTICE, AGENCY, "Hành chính - Văn phòng", (2023, 6, 20), None,
     "Thông báo lịch tiếp công dân của Lãnh đạo Cục (văn bản mẫu)"),
    # Since 1/7/2025 the department issues under its new name and symbol.
    ("02/KH-THADS", K.PLAN, AGENCY, "Hành chính - Văn phòng", (2026, 1, 6), None,
     "Kế hoạch công tác năm 2026 của Thi hành án dân sự tỉnh Thanh Hóa (văn bản mẫu)"),
]


def seed_documents_demo(*, stdout=None):
    """Create the demo issuing bodies, fields and published documents once."""
    agency_unit = Unit.objects.named(AGENCY).first()
    issuers = {}
    for position, name in enumerate(ISSUERS):
        issuers[name], _created = IssuingBody.objects.get_or_create(
            # The body is listed under today's name; each document shows the name of its own date.
            name=TODAY_AGENCY if name == AGENCY else name,
            defaults={"position": position, "unit": agency_unit if name == AGENCY else None})
    sectors = {name: Sector.objects.get_or_create(name=name)[0] for name in SECTORS}
    director = Person.objects.agency_leaders().first()
    created = 0
    for number, kind, issuer, sector, issued, effective, summary in DOCUMENTS:
        if Document.objects.filter(issuer=issuers[issuer], number=number).exists():
            continue
        Document.objects.create(
            number=number, kind=kind, issuer=issuers[issuer], sector=sectors[sector], summary=summary,
            issued_on=datetime.date(*issued), effective_on=datetime.date(*effective) if effective else None,
            signer=director if issuer == AGENCY else None, status=Document.Status.PUBLISHED,
            published_at=timezone.now())
        created += 1
    # The 2014 law amended the 2008 one; both gave way to Luật 106/2025/QH15 on 1/7/2026.
    new_law = Document.objects.filter(issuer=issuers["Quốc hội"], number="106/2025/QH15").first()
    if new_law is not None:
        Document.objects.filter(issuer=issuers["Quốc hội"], number__in=["26/2008/QH12", "64/2014/QH13"],
                                replaced_by__isnull=True).update(replaced_by=new_law)
    if stdout and created:
        stdout.write(f"documents: {created} created")
