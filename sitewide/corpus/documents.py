"""A synthetic register of documents at scale (generate_corpus --documents N), repeatable with a seed."""

import datetime

from django.utils import timezone

from core.text import slugify_vi
from documents.models import Document, IssuingBody, Sector, number_key
from sitewide.corpus.words import CASE_TYPES, DISTRICTS, PERIODS

# (kind, abbreviation in the number, share)
KINDS = [
    (Document.Kind.OFFICIAL_LETTER, "CV", 35), (Document.Kind.DECISION, "QĐ", 25), (Document.Kind.PLAN, "KH", 10),
    (Document.Kind.REPORT, "BC", 12), (Document.Kind.NOTICE, "TB", 10), (Document.Kind.DIRECTIVE, "CT", 3),
    (Document.Kind.GUIDANCE, "HD", 5),
]
ISSUERS = [("Cục Thi hành án dân sự tỉnh Thanh Hóa", "CTHADS"), ("Bộ Tư pháp", "BTP"),
           ("Tổng cục Thi hành án dân sự", "TCTHADS"), ("UBND tỉnh Thanh Hóa", "UBND")]
SECTORS = ["Thi hành án dân sự", "Tổ chức cán bộ", "Hành chính - Văn phòng", "Kiểm tra, khiếu nại, tố cáo",
           "Kế hoạch - Tài chính"]
SUBJECTS = [
    "Về việc tổ chức thi hành án các vụ việc {case} tại Chi cục THADS {district}",
    "Về kết quả thi hành án dân sự {period}",
    "Về việc tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo trong thi hành án",
    "Về việc kiện toàn Tổ công tác thi hành án các vụ việc {case}",
    "Hướng dẫn nghiệp vụ thi hành án đối với các vụ việc {case}",
    "Về việc kiểm tra công tác thi hành án dân sự tại Chi cục THADS {district}",
    "Kế hoạch thực hiện chỉ tiêu, nhiệm vụ thi hành án dân sự {period}",
]


def ensure_register():
    """Return ({issuer: (body, symbol)}, [sectors]) of the corpus, created once."""
    issuers = [(IssuingBody.objects.get_or_create(name=name)[0], symbol) for name, symbol in ISSUERS]
    sectors = [Sector.objects.get_or_create(name=name)[0] for name in SECTORS]
    return issuers, sectors


def build_documents(rng, count, *, until, years, issuers, sectors, start_number):
    """Return count unsaved, published documents issued over the years before until (search columns filled)."""
    kinds = [kind for kind, _abbr, share in KINDS for _ in range(share)]
    abbreviations = {kind: abbr for kind, abbr, _share in KINDS}
    span = int(365 * years)
    now = timezone.now()
    documents = []
    for n in range(start_number, start_number + count):
        kind = rng.choice(kinds)
        issuer, symbol = rng.choice(issuers)
        issued = until - datetime.timedelta(days=rng.randrange(span))
        number = f"{n}/{issued.year}/{abbreviations[kind]}-{symbol}"
        summary = rng.choice(SUBJECTS).format(case=rng.choice(CASE_TYPES), district=rng.choice(DISTRICTS),
                                              period=f"{rng.choice(PERIODS)} {issued.year}")
        effective = issued + datetime.timedelta(days=rng.choice([0, 0, 0, 10, 45])) if rng.random() < .5 else None
        document = Document(number=number, number_key=number_key(number), slug=slugify_vi(number.replace("/", " ")),
                            kind=kind, issuer=issuer, sector=rng.choice(sectors),
                            summary=summary, issued_on=issued, effective_on=effective,
                            status=Document.Status.PUBLISHED, published_at=now)
        document.fill_search_columns()
        documents.append(document)
    return documents


def add_documents(count, *, rng, until, years, batch_size=2000):
    """Create count published documents in batches; numbers continue after the highest corpus number."""
    from django.db import transaction

    issuers, sectors = ensure_register()
    start = Document.objects.count() + 1
    for offset in range(0, count, batch_size):
        batch = build_documents(rng, min(batch_size, count - offset), until=until, years=years, issuers=issuers,
                                sectors=sectors, start_number=start + offset)
        with transaction.atomic():
            Document.objects.bulk_create(batch)
