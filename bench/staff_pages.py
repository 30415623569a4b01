"""Run by bench.py through `manage.py shell`: time the admin article list and the /cong-viec/ dashboard.

Adds tasks (with meetings, units and people) up to BENCH_TASKS, then requests each page
through Django's test client as a superuser, the page cache off, and prints the median
of BENCH_STAFF_REPEAT requests after two warm-up requests (JSON, ms).
"""

import datetime
import json
import os
import random
import statistics
import time

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from youth.models import Meeting, Task

try:  # the directory is moving from youth to its own app
    from organisation.models import Person, Unit
except ImportError:
    from youth.models import Person, Unit

TASKS = int(os.environ.get("BENCH_TASKS", 10_000))
REPEAT = int(os.environ.get("BENCH_STAFF_REPEAT", 15))
rng = random.Random(1)

missing = TASKS - Task.objects.count()
if missing > 0:
    units = [Unit.objects.get_or_create(name=f"Chi cục THADS số {n}")[0] for n in range(1, 28)]
    people = Person.objects.bulk_create(
        [Person(full_name=f"Cán bộ {n}", unit=units[n % len(units)]) for n in range(300)])
    start = timezone.now() - datetime.timedelta(days=730)
    meetings = Meeting.objects.bulk_create(
        [Meeting(title=f"Giao ban tháng {n}", starts_at=start + datetime.timedelta(days=7 * n)) for n in range(100)])
    today = timezone.localdate()
    states = [choice for choice, _label in Task.State.choices]
    tasks = []
    for n in range(missing):
        begun = today - datetime.timedelta(days=rng.randrange(700))
        tasks.append(Task(
            title=f"Nhiệm vụ số {n}: rà soát, phân loại án", group=f"Nhóm {n % 6 + 1}", order=n % 20 + 1,
            meeting=meetings[n % len(meetings)], lead_person=people[n % len(people)],
            lead_unit=units[n % len(units)] if n % 3 else None, start_date=begun,
            deadline=begun + datetime.timedelta(days=rng.randrange(10, 120)) if n % 9 else None,
            state=states[n % len(states)],
        ))
    Task.objects.bulk_create(tasks, batch_size=2000)

user = get_user_model().objects.filter(username="bench-admin").first() or get_user_model().objects.create_superuser(
    "bench-admin", "bench@example.vn", None)
client = Client(HTTP_HOST="127.0.0.1", secure=True)
client.force_login(user)
results = {}
for name, url in {"admin article list": "/admin/news/article/", "admin list, one month": None,
                  "work-area dashboard": "/cong-viec/"}.items():
    if url is None:
        url = f"/admin/news/article/?thang={os.environ.get('BENCH_ADMIN_MONTH', '2025-06')}"
    timings = []
    for n in range(REPEAT + 2):
        began = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - began) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        if n >= 2:
            timings.append(elapsed)
    results[name] = {"url": url, "median_ms": statistics.median(timings), "max_ms": max(timings)}
print("STAFF=" + json.dumps({"tasks": Task.objects.count(), "pages": results}))
