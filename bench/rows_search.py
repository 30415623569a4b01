"""Bench rows of issue 11 items 1-3: cold and rotating articles, search alone and under load, sitemap sections.

Called by bench.py while its gunicorn runs (see measure()); also runnable alone against a server
already started on the bench database:

    DATABASE_URL=... .venv/bin/python bench/rows_search.py --base http://127.0.0.1:8765 --page-cache 0

Every ratio is taken against the floor view measured right before, in the same run.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from providers import row_provider

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
WORK = ROOT / "var" / "bench"
ROTATING = 20_000
COLD = 300
# The worst query holds words nearly every article has; the rare one a name a few hold.
SEARCHES = {"worst": "thi hành án", "common, no diacritics": "dang uy", "rare": "hoang van truyen"}

PICK = r"""
import json
from news.models import Article
ids = list(Article.objects.published().order_by("pk").values_list("pk", flat=True))
step = max(1, len(ids) // (%(rotating)d + %(cold)d))
chosen = ids[::step][:%(rotating)d + %(cold)d]
rows = Article.objects.filter(pk__in=chosen).only("slug", "published_at").order_by("pk")
print("PICKED=" + json.dumps([[a.pk, a.get_absolute_url()] for a in rows]))
"""

# Search as the page does it the first time (nothing cached), in the same process: ranked page and excerpts.
FIRST_TIME = r"""
import json, statistics, time
from core.search import ranked_page
from news.models import Article
from news.search import decorate
queries = %(queries)s
out = {}
for name, query in queries.items():
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        page = ranked_page(Article.objects.published().select_related("category"), query, per_page=20)
        decorate(list(page), query)
        timings.append((time.perf_counter() - started) * 1000)
    out[name] = {"ms": statistics.median(timings), "count": page.count, "more": page.more}
print("FIRST=" + json.dumps(out))
"""

LUA = """local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""


def _shell(code, key, env):
    out = subprocess.run([PYTHON, "manage.py", "shell", "--no-imports", "-c", code], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.split(f"{key}=", 1)[1])


def _timed_get(url):
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        status = response.status
    return status, (time.perf_counter() - started) * 1000


def _row(name, url, result, floor):
    return (f"| {name} | `{url if len(url) < 40 else url[:37] + '…'}` | {result['rps']:.0f} | {result['p50']:.2f} "
            f"| {result['p99']:.2f} | {result['errors']} | {result['rps'] / floor['rps']:.2f} |")


def _search_rows(base, floor_url, wrk, seconds):
    lines = []
    for name, query in SEARCHES.items():
        url = "/tim-kiem/?" + urllib.parse.urlencode({"q": query})
        for _ in range(4):  # both workers keep the results (and, with the page cache, the page)
            _timed_get(base + url)
        for connections in (1, 16):
            floor = wrk(floor_url, seconds=seconds, connections=connections)
            result = wrk(base + url, seconds=seconds, connections=connections)
            lines.append(_row(f"search {name} «{query}», -c{connections}", url, result, floor))
    return lines


def measure(*, base, page_cache_seconds, wrk, env, seconds=5, fragment_seconds=600):
    """Return markdown lines for this server run (page cache off: articles and search; on: sitemap)."""
    WORK.mkdir(parents=True, exist_ok=True)
    floor_url = base + "/bench/floor"
    lines = [f"\n#### Issue 11 rows (PAGE_CACHE_SECONDS={page_cache_seconds}, "
             f"FRAGMENT_CACHE_SECONDS={fragment_seconds}); load average "
             f"{os.getloadavg()[0]:.1f}\n",
             "| row | URL | req/s | p50 ms | p99 ms | errors | × floor |", "|---|---|---:|---:|---:|---:|---:|"]
    if page_cache_seconds == 0:
        picked = [url for _pk, url in _shell(PICK % {"rotating": ROTATING, "cold": COLD}, "PICKED", env)]
        cold, rotating = picked[:COLD], picked[COLD:]
        # Never requested before in this run: no page, no worker cache, rows perhaps not in memory.
        timings = []
        for path in cold:
            status, ms = _timed_get(base + path)
            assert status == 200, (path, status)
            timings.append(ms)
        p99 = sorted(timings)[int(len(timings) * 0.99) - 1]
        lines.append(f"| cold article, alone ({len(cold)} distinct, one at a time) | — | — "
                     f"| {statistics.median(timings):.2f} | {p99:.2f} | 0 | — |")
        (WORK / "rotate.txt").write_text("\n".join(rotating) + "\n")
        (WORK / "rotate.lua").write_text(LUA % (WORK / "rotate.txt"))
        floor = wrk(floor_url, seconds=seconds, connections=4)
        one = wrk(base + rotating[0], seconds=seconds, connections=4)
        lines.append(_row("one article repeated, -c4", rotating[0], one, floor))
        floor = wrk(floor_url, seconds=seconds, connections=4)
        spread = wrk(base + rotating[0], seconds=seconds, connections=4, script=WORK / "rotate.lua")
        lines.append(_row(f"rotating over {len(rotating)} articles, -c4", "rotate.lua", spread, floor))
        lines.append(f"\nRotating / one repeated: **{spread['rps'] / one['rps']:.2f}×** (target ≥ 0.8).\n")
        lines += ["| row | URL | req/s | p50 ms | p99 ms | errors | × floor |", "|---|---|---:|---:|---:|---:|---:|"]
        lines += _search_rows(base, floor_url, wrk, seconds)
        first = _shell(FIRST_TIME % {"queries": repr(SEARCHES)}, "FIRST", env)
        lines.append("\nSearch the first time (nothing cached; in-process, ranked page of 20 and excerpts, "
                     "median of 5): " + "; ".join(
                         f"{name} «{SEARCHES[name]}» {row['ms']:.1f} ms ({'more than ' if row['more'] else ''}"
                         f"{row['count']} matches)" for name, row in first.items()) + ".")
    else:
        lines += _search_rows(base, floor_url, wrk, seconds)
        sections = []
        for page in range(1, 11):
            status, ms = _timed_get(f"{base}/sitemap-articles.xml?p={page}")
            assert status == 200, page
            sections.append(ms)
        status, index_ms = _timed_get(base + "/sitemap.xml")
        lines.append(f"| sitemap sections, cold (10 × 10,000 URLs, first request each) | `/sitemap-articles.xml?p=N` "
                     f"| — | {statistics.median(sections):.2f} | max {max(sections):.2f} | 0 | — |")
        lines.append(f"| sitemap index, cold | `/sitemap.xml` | — | {index_ms:.2f} | — | 0 | — |")
        floor = wrk(floor_url, seconds=seconds, connections=4)
        cached = wrk(f"{base}/sitemap-articles.xml?p=5", seconds=seconds, connections=4)
        lines.append(_row("sitemap section, cached, -c4", "/sitemap-articles.xml?p=5", cached, floor))
    return lines


def main():
    sys.path.insert(0, str(ROOT / "bench"))
    import bench  # noqa: PLC0415 (bench.py's wrk and environment, when run alone)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8765")
    parser.add_argument("--page-cache", type=int, default=0)
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    print("\n".join(measure(base=args.base, page_cache_seconds=args.page_cache, wrk=bench.wrk,
                            env=bench.environment(args.page_cache), seconds=args.seconds)))


if __name__ == "__main__":
    main()


@row_provider
def search_rows(run):
    """Add issue 11's related-news, search and sitemap measurements to every mode's notes."""
    import bench as harness  # bench.py's helpers; it imports this module only while running

    env = harness.environment(run.page_cache_seconds, cache_url=run.cache_url, fragment_seconds=run.fragment_seconds)
    run.notes.extend(measure(base=run.base, page_cache_seconds=run.page_cache_seconds, wrk=harness.wrk, env=env,
                             seconds=run.args.seconds, fragment_seconds=run.fragment_seconds))
