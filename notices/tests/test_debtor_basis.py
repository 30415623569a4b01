"""Each entry keeps the legal basis it was published under: set at creation, kept when the law changes."""

import datetime
import importlib

import pytest
from django.apps import apps

from notices.models import Debtor
from notices.tests.factories import make_debtor

pytestmark = pytest.mark.django_db
D = datetime.date


def test_an_entry_published_on_30_june_2026_is_under_article_44a():
    debtor = make_debtor(published_on=D(2026, 6, 30))
    assert (debtor.legal_basis.number, debtor.legal_basis.articles) == ("26/2008/QH12", "Điều 44a")


def test_an_entry_published_on_1_july_2026_is_under_the_2025_law():
    assert make_debtor(published_on=D(2026, 7, 1)).legal_basis.number == "106/2025/QH15"


def test_the_basis_is_kept_when_the_entry_is_edited_under_a_later_law():
    debtor = make_debtor(published_on=D(2026, 6, 30))
    debtor.published_on = D(2026, 7, 2)
    debtor.address = "Thôn 2, xã Mẫu"
    debtor.save()
    debtor.refresh_from_db()
    assert debtor.legal_basis.number == "26/2008/QH12"


def test_the_migration_gives_existing_entries_the_basis_of_their_publication_day():
    before, after = make_debtor(published_on=D(2024, 3, 1)), make_debtor(published_on=D(2026, 8, 3))
    Debtor.objects.filter(pk__in=[before.pk, after.pk]).update(legal_basis=None)
    migration = importlib.import_module("notices.migrations.0002_debtor_basis_changes_data_requests")
    migration.fill_legal_basis(apps, None)
    assert Debtor.objects.get(pk=before.pk).legal_basis.number == "26/2008/QH12"
    assert Debtor.objects.get(pk=after.pk).legal_basis.number == "106/2025/QH15"
