"""Time the public register search on N generated entries (issue: p50 <= 20 ms at 100,000 on PostgreSQL).

Usage (from the project root):
    DATABASE_URL="postgres://postgres@/register_bench?host=...&port=..." .venv/bin/python bench/register_bench.py

The database is migrated, emptied of register entries and filled again, so its name must
contain "bench". Each query is timed as a whole request through the view (form, rate
limit, search, count, first page of 20, template) with the page chrome warm, and as the
database work alone (count + first page).
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from core.search import search  # noqa: E402
from notices.models import Debtor  # noqa: E402
from organisation.demo import seed_directory  # noqa: E402
from sitewide.corpus.notices import generate_debtors  # noqa: E402

URL = "/thong-tin-thi-hanh-an/chua-co-dieu-kien/"
QUERIES = ["nguyen van an", "Nguyễn Văn An", "tran thi lan", "hoang", "cong ty tnhh", "le minh", "khong co ai"]


def timed(function, runs):
    """Return the median and the 90th percentile of function's wall time, in ms."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    options = parser.parse_args()
    if "bench" not in settings.DATABASES["default"]["NAME"]:
        sys.exit("Refusing: the database name must contain 'bench'.")
    call_command("migrate", verbosity=0)
    seed_directory()
    Debtor.objects.all().delete()
    started = time.monotonic()
    generate_debtors(random.Random(1), options.entries)
    print(f"{options.entries} entries on {connection.vendor} in {time.monotonic() - started:.1f}s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE notices_debtor")
    client = Client()
    print(f"{'query':<18} {'hits':>7} {'view p50':>9} {'view p90':>9} {'db p50':>8}")
    for number, query in enumerate(QUERIES):
        entries = search(Debtor.objects.public(), query)

        def database_work(entries=entries):
            return entries.count(), list(entries[:20])

        def request(query=query, number=number):
            # A new address per run: the rate limit is not what is measured here.
            request.runs = getattr(request, "runs", 0) + 1
            address = f"10.{number}.{request.runs // 250}.{request.runs % 250}"
            response = client.get(URL, {"q": query}, REMOTE_ADDR=address)
            assert response.status_code == 200, response.status_code

        request()  # warm the page chrome
        view_p50, view_p90 = timed(request, options.runs)
        db_p50, _ = timed(database_work, options.runs)
        print(f"{query:<18} {entries.count():>7} {view_p50:>8.1f}ms {view_p90:>8.1f}ms {db_p50:>7.1f}ms")


if __name__ == "__main__":
    main()
