"""Where one uncached request per page spends its time (run through `manage.py shell`, page cache off).

    PAGE_CACHE_SECONDS=0 DATABASE_URL=... python manage.py shell --no-imports -c "$(cat bench/profile_pages.py)"

For each page: wall time, SQL queries and their time, then the functions that took the
most time of their own (cProfile) over REPEAT requests (per request), after a warm-up. Pages are the busy ones
bench/pick_urls.py chooses.
"""

import cProfile
import io
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

root = Path(__file__).resolve().parent if "__file__" in globals() else Path("bench")
picked = subprocess.run([sys.executable, "manage.py", "shell", "--no-imports", "-c",
                         (Path("bench") / "pick_urls.py").read_text()], capture_output=True, text=True, check=True)
urls = json.loads(picked.stdout.split("URLS=", 1)[1])
client = Client(HTTP_HOST="127.0.0.1")
REPEAT = 20
for name, url in urls.items():
    client.get(url)
    profile = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        began = time.perf_counter()
        profile.enable()
        for _ in range(REPEAT):
            response = client.get(url)
        profile.disable()
        elapsed = (time.perf_counter() - began) * 1000 / REPEAT
    sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000 / REPEAT
    query_count = len(queries.captured_queries) // REPEAT
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(10)
    top = [line for line in out.getvalue().splitlines() if line.strip() and line.strip()[0].isdigit()
           and "function calls" not in line][:10]
    print(f"\n#### {name} `{url}` — {response.status_code}, {len(response.content) // 1024} KB, {elapsed:.1f} ms "
          f"per request under the profiler, {query_count} queries {sql_ms:.1f} ms\n")
    print(f"```\n   ncalls  tottime  percall  cumtime  percall filename:lineno(function)   [{REPEAT} requests]")
    for line in top:
        print(line.replace(str(Path.cwd()) + "/", "").replace("/work/main/.venv/lib/python3.11/site-packages/", ""))
    print("```")
