"""/van-ban/ and a document page run a fixed number of queries whatever the size of the register."""

import datetime

import pytest

from documents.models import Document
from documents.tests.factories import make_document, make_issuer, make_sector

pytestmark = pytest.mark.django_db

SIZES = [10, 60]
PAGES = {
    # The rows, the count, the issuing bodies and fields of the filter form.
    "list": ("/van-ban/", 4),
    "list filtered": ("/van-ban/?loai=quyet-dinh&nam=2023&tu_ngay=01/01/2023", 4),
    "list searched": ("/van-ban/?q=thi+hanh+an", 4),
    # The document, its files, what it replaces, related news.
    "detail": (None, 4),
}


def build(size):
    issuers = [make_issuer(f"Cơ quan {n}") for n in range(3)]
    sectors = [make_sector(f"Lĩnh vực {n}") for n in range(3)]
    documents = [make_document(number=f"{n}/QĐ-CTHADS", issuer=issuers[n % 3], sector=sectors[n % 3],
                               summary=f"Về công tác thi hành án số {n}",
                               issued_on=datetime.date(2023, 1, 1) + datetime.timedelta(days=n))
                 for n in range(size)]
    return documents


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_document_pages_queries_do_not_grow_with_data(client, settings, django_assert_num_queries, name, size):
    settings.PAGE_CACHE_SECONDS = 0
    documents = build(size)
    url, budget = PAGES[name]
    url = url or documents[-1].get_absolute_url()
    assert client.get(url).status_code == 200
    with django_assert_num_queries(budget):
        response = client.get(url)
    assert response.status_code == 200
    assert Document.objects.count() == size
