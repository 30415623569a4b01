"""Load benchmark behind `make bench`: pages against a floor view, without and with the page cache.

Expects DATABASE_URL to point at an empty PostgreSQL database (the Makefile starts a
throwaway cluster). Loads the corpus, starts gunicorn with 2 workers on loopback, drives
it with wrk from a second process and prints one table per run. See docs/performance.md.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import rows_search

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
WORK = ROOT / "var" / "bench"

PICK_URLS = r"""
import json
from django.urls import Resolver404, resolve
from django.utils import timezone
from news.models import Article, Category

def exists(path):
    try:
        resolve(path)
        return True
    except Resolver404:
        return False

published = Article.objects.published()
newest = published.first()
day = timezone.localdate(newest.published_at)
article = published.exclude(cover="").first() or newest
urls = {
    "home": "/",
    "day archive": f"/tin-tuc/{day:%Y/%m/%d}/",
    "article": article.get_absolute_url(),
    "category": Category.objects.order_by("position", "name").first().get_absolute_url(),
    "search": "/tim-kiem/?q=thi+h%C3%A0nh+%C3%A1n" if exists("/tim-kiem/") else None,
    "RSS": "/rss/" if exists("/rss/") else None,
}
print("URLS=" + json.dumps(urls))
"""


def environment(page_cache_seconds):
    env = dict(os.environ)
    env.update({
        "DJANGO_ENV": "production", "DEBUG": "0", "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_SSL_REDIRECT": "0", "BENCH": "1",
        "MEDIA_ROOT": str(WORK / "media"), "STATIC_ROOT": str(WORK / "static"),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds), "LOG_LEVEL": "WARNING",
    })
    return env


def manage(*args, env, capture=False):
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True,
                            stdout=subprocess.PIPE if capture else None, text=True)
    return result.stdout


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers.get("X-Page-Cache", "")


def wait_ready(base, process):
    for _ in range(100):
        if process.poll() is not None:
            raise SystemExit("gunicorn exited during start-up")
        try:
            if fetch(base + "/bench/floor")[0] == 200:
                return
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.2)
    raise SystemExit("gunicorn did not answer")


def worker_rss_mb(master_pid):
    """Return the resident memory (MB) of each gunicorn worker."""
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master_pid)], capture_output=True, text=True)
    sizes = []
    for pid in children.stdout.split():
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
    return sizes


def to_ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000, "h": 3600000}[unit]


def wrk(url, *, seconds, connections, script=None):
    """Run wrk against one URL (or the paths a Lua script picks); return requests/s, p50 and p99 (ms), errors."""
    lua = ["-s", str(script)] if script else []
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", *lua, url],
                         capture_output=True, text=True, check=True).stdout
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    with open(WORK / "wrk.log", "a") as log:
        log.write(f"$ wrk {url}\n{out}\n")
    distribution = out.split("Latency Distribution", 1)[-1]
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(re.search(r"^\s*50%\s+(\S+)", distribution, re.M).group(1)),
        "p99": to_ms(re.search(r"^\s*99%\s+(\S+)", distribution, re.M).group(1)),
        "errors": errors,
    }


def run(label, page_cache_seconds, urls, args):
    """Start gunicorn, measure the floor, a static file and every page; return rows and worker memory."""
    base = f"http://127.0.0.1:{args.port}"
    env = environment(page_cache_seconds)
    server = subprocess.Popen(
        [GUNICORN, "cms.wsgi:application", "--workers", "2", "--bind", f"127.0.0.1:{args.port}",
         "--log-level", "warning"], cwd=ROOT, env=env)
    try:
        wait_ready(base, server)
        targets = {"floor (/bench/floor)": "/bench/floor", "static file (site.css)": "/static/css/site.css"}
        targets.update({name: url for name, url in urls.items() if url})
        cache_state = {}
        for name, url in targets.items():
            for _ in range(4):  # both workers make renditions and fill their caches
                status, cache_state[name] = fetch(base + url)
            if status != 200:
                raise SystemExit(f"{name} answered {status}")
        # Each page is measured right after a floor run, several rounds over: load from other
        # work on the machine then touches both alike. A ratio is taken within its pair, then
        # the median over the rounds.
        floor_name = next(iter(targets))
        pairs = {name: [] for name in targets}
        for _ in range(args.rounds):
            for name, url in targets.items():
                if name == floor_name:
                    continue
                floor = wrk(base + targets[floor_name], seconds=args.seconds, connections=args.connections)
                page = wrk(base + url, seconds=args.seconds, connections=args.connections)
                pairs[floor_name].append((floor, floor))
                pairs[name].append((page, floor))
        rss = worker_rss_mb(server.pid)
        # Issue 11's own rows (bench/rows_search.py), measured on the same server.
        extra = rows_search.measure(base=base, page_cache_seconds=page_cache_seconds, wrk=wrk, env=env,
                                    seconds=args.seconds)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    floors = [floor["rps"] for floor, _same in pairs[floor_name]]
    lines = [f"\n### {label} (PAGE_CACHE_SECONDS={page_cache_seconds})\n",
             f"Floor runs: {min(floors):.0f} to {max(floors):.0f} req/s (median {statistics.median(floors):.0f}).\n",
             "| page | URL | req/s | p50 ms | p99 ms | errors | × floor | X-Page-Cache |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for name, url in targets.items():
        runs = [page for page, _floor in pairs[name]]
        ratio = statistics.median(page["rps"] / floor["rps"] for page, floor in pairs[name])
        shown = url if len(url) < 40 else url[:37] + "…"
        lines.append(
            f"| {name} | `{shown}` | {statistics.median(r['rps'] for r in runs):.0f} "
            f"| {statistics.median(r['p50'] for r in runs):.2f} | {statistics.median(r['p99'] for r in runs):.2f} "
            f"| {sum(r['errors'] for r in runs)} | {ratio:.2f} | {cache_state[name] or '—'} |")
    for name, url in urls.items():
        if not url:
            lines.append(f"| {name} | — | skipped: no such page in this build | | | | | |")
    lines.append(f"\nWorker memory (RSS) after the run: {', '.join(f'{mb:.0f} MB' for mb in rss)}.")
    lines += extra
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 100_000)))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 5)))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 3)))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("BENCH_CONNECTIONS", 4)))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 8765)))
    parser.add_argument("--skip-load", action="store_true", help="reuse the corpus already in the database")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("DATABASE_URL must point at PostgreSQL (run `make bench`).")
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    env = environment(0)
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    if not args.skip_load:
        manage("migrate", "--noinput", "-v0", env=env)
        manage("generate_corpus", "--articles", str(args.articles), "--years", "10", "--seed", "1", env=env)
        manage("shell", "-c", "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')",
               env=env)
    load_seconds = time.monotonic() - started
    manage("collectstatic", "--noinput", "-v0", env=env)
    urls = json.loads(manage("shell", "-c", PICK_URLS, env=env, capture=True).split("URLS=", 1)[1])
    plans = manage("shell", "--no-imports", "-c", (ROOT / "bench" / "explain.py").read_text(), env=env, capture=True)
    header = (f"## Benchmark {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC — {os.cpu_count()} cores, "
              f"{args.articles} articles (load and VACUUM {load_seconds:.0f}s), gunicorn 2 sync workers, "
              f"wrk -t1 -c{args.connections} -d{args.seconds}s, {args.rounds} rounds of floor/page pairs on loopback; "
              f"load average before: {os.getloadavg()[0]:.1f}")
    report = [header]
    for label, seconds in (("Without the page cache", 0), ("With the page cache", 600)):
        report.append(run(label, seconds, urls, args))
        print(report[-1], flush=True)
    report.append(f"\n### Query plans\n\n```\n{plans.strip()}\n```")
    (WORK / "results.md").write_text("\n".join(report) + "\n")
    print(f"\n{header}\nWritten to {WORK / 'results.md'}")


if __name__ == "__main__":
    sys.exit(main())
