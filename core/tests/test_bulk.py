"""BackgroundWriter: batches written in order on a second thread, errors handed back, inline in a transaction."""

import pytest

from core.bulk import BackgroundWriter
from news.models import Category


def categories(names):
    return [Category(name=name, slug=name) for name in names]


@pytest.mark.django_db(transaction=True)
def test_batches_are_written_in_order_on_another_thread():
    threads = []

    def write(batch):
        import threading

        threads.append(threading.current_thread().name)
        Category.objects.bulk_create(batch)

    with BackgroundWriter(write) as writer:
        for start in range(0, 9, 3):
            writer.put(categories([f"muc-{n}" for n in range(start, start + 3)]))
    assert list(Category.objects.order_by("pk").values_list("slug", flat=True)) == [f"muc-{n}" for n in range(9)]
    assert threads == ["bulk-writer"] * 3


@pytest.mark.django_db(transaction=True)
def test_an_error_in_the_writer_reaches_the_caller():
    def write(batch):
        Category.objects.bulk_create(batch)

    with pytest.raises(Exception), BackgroundWriter(write) as writer:  # noqa: B017 - the driver's IntegrityError
        writer.put(categories(["trung"]))
        writer.put(categories(["trung"]))  # same slug: refused by the unique index
        writer.put(categories(["sau"]))
    assert list(Category.objects.values_list("slug", flat=True)) == ["trung"]


@pytest.mark.django_db
def test_inside_a_transaction_it_writes_on_the_callers_connection():
    with BackgroundWriter(Category.objects.bulk_create) as writer:
        writer.put(categories(["mot"]))
        assert Category.objects.filter(slug="mot").exists()
