"""generate_corpus --documents N: a register at scale that the public pages can search."""

import io

import pytest
from django.core.management import call_command

from documents.models import Document

pytestmark = pytest.mark.django_db


def generate(**options):
    call_command("generate_corpus", articles=0, until="2024-12-31", stdout=io.StringIO(), stderr=io.StringIO(),
                 **options)


def test_documents_are_complete_unique_published_and_searchable(client):
    generate(documents=120, seed=1, batch_size=50)
    assert Document.objects.published().count() == 120
    rows = list(Document.objects.values("slug", "number", "summary", "issued_on", "search_folded"))
    assert len({row["slug"] for row in rows}) == 120
    assert all(row["summary"] and row["search_folded"].strip() for row in rows)
    assert all(row["issued_on"].year >= 2014 for row in rows)
    found = client.get("/van-ban/", {"q": "thi hanh an"})
    assert found.status_code == 200 and found.context["paginator"].count > 0
    some = Document.objects.first()
    assert client.get(some.get_absolute_url()).status_code == 200


def test_the_same_seed_repeats_and_a_second_run_adds_without_clashes():
    generate(documents=30, seed=7)
    first = sorted(Document.objects.values_list("summary", flat=True))
    Document.objects.all().delete()
    generate(documents=30, seed=7)
    assert sorted(Document.objects.values_list("summary", flat=True)) == first
    generate(documents=30, seed=8)
    assert Document.objects.count() == 60
