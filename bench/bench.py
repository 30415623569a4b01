"""Load benchmark behind `make bench`: pages against a floor view, without and with the page cache.

Expects DATABASE_URL to point at an empty PostgreSQL database and BENCH_REDIS_URL at a
throwaway Redis (the Makefile starts both). Loads the corpus (timed), backs it up and
restores it into a second database (timed, checksums compared), times the admin list and
the work-area dashboard, then for each mode (page cache off; on with the per-process,
database and Redis caches) starts gunicorn with 2 workers on loopback, drives it with wrk
from a second process and prints one table per mode. See docs/performance.md.

Other modules add rows: every bench/rows_*.py is imported and may register a function
with providers.row_provider; it is called once per mode with a Run (see Run below) and
adds its rows through run.pair() / run.row().
"""

import argparse
import datetime
import hashlib
import importlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from providers import providers  # bench/ is on sys.path: this script's folder
from rows_peer import load_if_needed as load_peer

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
WORK = ROOT / "var" / "bench"

BROWSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
# The corpus ends on a fixed day, so the busy day, month and article picked are the same on every run.
CORPUS_UNTIL = "2025-12-31"
# Junk query strings: a new one on every request (core/caching/pagecache.py must serve the cached page).
JUNK_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?x=" .. counter .. "&utm_source=zalo" .. counter)
end
"""

def load_providers():
    """Import every bench/rows_*.py; each registers its rows with providers.row_provider."""
    for path in sorted((ROOT / "bench").glob("rows_*.py")):
        importlib.import_module(path.stem)


def environment(page_cache_seconds, cache_url="locmem://portal", database_url=None, fragment_seconds=600):
    env = dict(os.environ)
    env.update({
        "DJANGO_ENV": "production", "DEBUG": "0", "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_SSL_REDIRECT": "0", "BENCH": "1",
        "MEDIA_ROOT": str(WORK / "media"), "STATIC_ROOT": str(WORK / "static"),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds), "LOG_LEVEL": "WARNING", "CACHE_URL": cache_url,
        "FRAGMENT_CACHE_SECONDS": str(fragment_seconds),
        "CLIENT_IP_HEADER": "REMOTE_ADDR",  # the benchmark reaches gunicorn directly over TCP
    })
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def manage(*args, env, capture=False):
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True,
                            stdout=subprocess.PIPE if capture else None, text=True)
    return result.stdout


def shell(script, env, marker):
    """Run a bench/ script in `manage.py shell` and return the JSON it prints after marker."""
    out = manage("shell", "--no-imports", "-c", (ROOT / "bench" / script).read_text(), env=env, capture=True)
    return json.loads(out.split(marker, 1)[1])


def timed(func):
    began = time.monotonic()
    result = func()
    return time.monotonic() - began, result


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


def wrk(url, *, seconds, connections, headers=(), script=None):
    """Run wrk against one URL; return requests/s, p50 and p99 (ms) and the error count."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    if isinstance(script, Path):
        command += ["-s", str(script)]
    elif script:
        path = WORK / f"wrk-{hashlib.blake2b(script.encode(), digest_size=6).hexdigest()}.lua"
        path.write_text(script)
        command += ["-s", str(path)]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
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


class Run:
    """One gunicorn under one mode: measures pages paired with the floor and collects table rows."""

    def __init__(self, label, base, args, *, page_cache_seconds, cache_url, fragment_seconds=600):
        self.label, self.base, self.args = label, base, args
        self.page_cache_seconds, self.cache_url = page_cache_seconds, cache_url
        self.fragment_seconds = fragment_seconds
        self.rows, self.notes = [], []

    def pair(self, name, url, *, headers=(), script=None, rounds=None):
        """Measure url right after the floor, rounds times; add the row (ratio = median of the pairs)."""
        cache_state = ""
        for _ in range(4):  # both workers make renditions and fill their caches
            status, cache_state = fetch(self.base + url, headers)
        if status != 200:
            raise SystemExit(f"{name} answered {status}")
        pairs = []
        for _ in range(rounds or self.args.rounds):
            floor = wrk(self.base + "/bench/floor", seconds=self.args.seconds, connections=self.args.connections)
            page = wrk(self.base + url, seconds=self.args.seconds, connections=self.args.connections,
                       headers=headers, script=script)
            pairs.append((page, floor))
        self.row(name, url, pairs, cache_state)
        return pairs

    def row(self, name, url, pairs, cache_state="—"):
        runs = [page for page, _floor in pairs]
        ratio = statistics.median(page["rps"] / floor["rps"] for page, floor in pairs)
        shown = url if len(url) < 40 else url[:37] + "…"
        self.floors = getattr(self, "floors", []) + [floor["rps"] for _page, floor in pairs]
        self.rows.append(
            f"| {name} | `{shown}` | {statistics.median(r['rps'] for r in runs):.0f} "
            f"| {statistics.median(r['p50'] for r in runs):.2f} | {statistics.median(r['p99'] for r in runs):.2f} "
            f"| {sum(r['errors'] for r in runs)} | {ratio:.2f} | {cache_state or '—'} |")

    def table(self):
        floors = getattr(self, "floors", [0])
        lines = [f"\n### {self.label} (PAGE_CACHE_SECONDS={self.page_cache_seconds}, "
                 f"FRAGMENT_CACHE_SECONDS={self.fragment_seconds}, CACHE_URL={self.cache_url})\n",
                 f"Floor runs: {min(floors):.0f} to {max(floors):.0f} req/s "
                 f"(median {statistics.median(floors):.0f}).\n",
                 "| page | URL | req/s | p50 ms | p99 ms | errors | × floor | X-Page-Cache |",
                 "|---|---|---:|---:|---:|---:|---:|---|", *self.rows]
        return "\n".join(lines + self.notes)


def fetch(url, headers=()):
    request = urllib.request.Request(url, headers=dict(h.split(": ", 1) for h in headers))
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.headers.get("X-Page-Cache", "")


def run(mode, urls, args):
    """Start gunicorn in one mode, measure the floor, the pages and the providers' rows; return the table."""
    label, page_cache_seconds, cache_url, names, fragment_seconds = mode
    base = f"http://127.0.0.1:{args.port}"
    env = environment(page_cache_seconds, cache_url, fragment_seconds=fragment_seconds)
    if cache_url.startswith("db://"):
        manage("createcachetable", env=env)
    server = subprocess.Popen(
        [GUNICORN, "config.wsgi:application", "--workers", "2", "--bind", f"127.0.0.1:{args.port}",
         "--log-level", "warning"], cwd=ROOT, env=env)
    current = Run(label, base, args, page_cache_seconds=page_cache_seconds, cache_url=cache_url,
                  fragment_seconds=fragment_seconds)
    try:
        wait_ready(base, server)
        floor = wrk(base + "/bench/floor", seconds=args.seconds, connections=args.connections)
        current.row("floor (/bench/floor)", "/bench/floor", [(floor, floor)])
        if "static" in names:
            current.pair("static file (site.css)", "/static/css/site.css")
        for name, url in urls.items():
            if name in names:
                current.pair(name, url)
        if "browser" in names:
            current.pair("article, browser User-Agent, no cookie", urls["article"],
                         headers=[f"User-Agent: {BROWSER_AGENT}"])
        if "junk" in names:
            current.pair("home with junk query strings (?x=N)", "/", script=JUNK_SCRIPT)
        for provider in providers:
            provider(current)
        rss = worker_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    current.notes.append(f"\nWorker memory (RSS) after the run: {', '.join(f'{mb:.0f} MB' for mb in rss)}.")
    return current.table()


def data_checksum(archive):
    """Return the SHA-256 of the database rows in a backup archive (its db.jsonl).

    Django's JSON encoder keeps milliseconds and drops ".000" altogether, so a time stored
    as 06:07:15.000345 is written "06:07:15.000Z" and, restored as 06:07:15, "06:07:15Z":
    the same instant to the millisecond. Both spellings are made one before hashing.
    """
    with tarfile.open(archive, "r:gz") as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/db.jsonl"))
        data = tar.extractfile(member).read()
    return hashlib.sha256(re.sub(rb'(T\d\d:\d\d:\d\d)\.000Z"', rb'\1Z"', data)).hexdigest()


def backup_and_restore(env):
    """Back the corpus up, restore it into a fresh database; return timings and whether the rows match."""
    folder = WORK / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    backup_seconds, out = timed(lambda: manage("backup", "--output", str(folder), env=env, capture=True))
    archive = out.strip().splitlines()[-1]
    restored_url = re.sub(r"/portal\?", "/portal_restored?", env["DATABASE_URL"])
    manage("shell", "-c", "from django.db import connection\nc = connection.cursor()\n"
           "c.execute('DROP DATABASE IF EXISTS portal_restored')\nc.execute('CREATE DATABASE portal_restored')",
           env=env)
    restored_env = environment(0, database_url=restored_url)
    restored_env["MEDIA_ROOT"] = str(WORK / "media-restored")
    shutil.rmtree(restored_env["MEDIA_ROOT"], ignore_errors=True)
    manage("migrate", "--noinput", "-v0", env=restored_env)
    restore_seconds, _ = timed(lambda: manage("restore", archive, env=restored_env, capture=True))
    _again_seconds, again = timed(lambda: manage("backup", "--output", str(folder / "again"), env=restored_env,
                                                 capture=True))
    same = data_checksum(archive) == data_checksum(again.strip().splitlines()[-1])
    return backup_seconds, restore_seconds, same


LISTS = {"home", "latest", "day archive", "month archive", "category", "article"}
MODES = [
    # label, PAGE_CACHE_SECONDS, CACHE_URL (None: Redis from BENCH_REDIS_URL), pages measured,
    # FRAGMENT_CACHE_SECONDS (cards, menus, the article kept per generation: core/caching/fragments.py)
    ("Nothing kept: page cache and fragments off (every page rendered afresh)", 0, "locmem://portal",
     {"static", *LISTS}, 0),
    ("Without the page cache, fragments kept (staff, first views)", 0, "locmem://portal", {"static", *LISTS}, 600),
    ("With the page cache, per-process cache (locmem)", 600, "locmem://portal",
     {"static", *LISTS, "browser", "junk"}, 600),
    ("With the page cache, database cache", 600, "db://bench_cache", {"home", "article", "browser"}, 600),
    ("With the page cache, Redis", 600, None, {"home", "article", "browser", "junk"}, 600),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", 100_000)))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 5)))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 3)))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("BENCH_CONNECTIONS", 4)))
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", 8765)))
    parser.add_argument("--skip-load", action="store_true", help="reuse the corpus already in the database")
    parser.add_argument("--skip-restore", action="store_true", help="do not time backup and restore")
    parser.add_argument("--only", default="", help="comma-separated mode numbers to run (1-5), e.g. 2,4")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("DATABASE_URL must point at PostgreSQL (run `make bench`).")
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    redis_url = os.environ.get("BENCH_REDIS_URL", "")
    load_providers()
    env = environment(0)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "wrk.log").write_text("")
    load_seconds = vacuum_seconds = None
    if not args.skip_load:
        manage("migrate", "--noinput", "-v0", env=env)
        load_seconds, _ = timed(lambda: manage("generate_corpus", "--articles", str(args.articles), "--years", "10",
                                               "--seed", "1", "--until", CORPUS_UNTIL, env=env))
        vacuum_seconds, _ = timed(lambda: manage(
            "shell", "-c", "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')",
            env=env))
    # The stored pages name the static files through the manifest, so collectstatic comes first
    # (on a fresh clone there is no manifest yet).
    manage("collectstatic", "--noinput", "-v0", env=env)
    # Articles published in the admin have their pages stored at once; a bulk load leaves that to this
    # command (news/article_page). With --skip-load it renders only what is missing or stale.
    render_seconds, _ = timed(lambda: manage("render_articles", env=env))
    # The Wagtail peer copies the corpus just made (bench/rows_peer.py); --skip-load keeps a loaded one.
    peer_rows = load_peer(os.environ["DATABASE_URL"], reload=not args.skip_load)
    urls = shell("pick_urls.py", env, "URLS=")
    restore = None if args.skip_restore else backup_and_restore(env)
    staff_env = {**env, "BENCH_ADMIN_MONTH": urls["month archive"].strip("/").split("/", 1)[1].replace("/", "-")}
    staff = shell("staff_pages.py", staff_env, "STAFF=")
    manage("shell", "-c", "from django.db import connection; connection.cursor().execute('ANALYZE')", env=env)
    plans = manage("shell", "--no-imports", "-c", (ROOT / "bench" / "explain.py").read_text(), env=env, capture=True)
    header = (f"## Benchmark {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC — {os.cpu_count()} cores "
              f"shared with other work (load average before: {os.getloadavg()[0]:.1f}), {args.articles} articles, "
              f"gunicorn 2 sync workers, wrk -t1 -c{args.connections} -d{args.seconds}s, {args.rounds} rounds of "
              f"floor/page pairs on loopback")
    once = ["\n### Once per run\n", "| what | measured | target |", "|---|---:|---|"]
    if load_seconds is not None:
        once.append(f"| generate_corpus --articles {args.articles} | {load_seconds:.0f} s | ≤ 90 s at 100,000 |")
        once.append(f"| VACUUM ANALYZE | {vacuum_seconds:.0f} s | — |")
        once.append(f"| render_articles (every article's page stored, {os.cpu_count()} processes) "
                    f"| {render_seconds:.0f} s | — |")
    once += peer_rows
    if restore:
        backup_seconds, restore_seconds, same = restore
        once.append(f"| backup (manage.py backup) | {backup_seconds:.0f} s | — |")
        once.append(f"| restore into a fresh database (manage.py restore) | {restore_seconds:.0f} s | ≤ 60 s |")
        once.append(f"| rows after restore, backed up again | {'same checksum' if same else 'DIFFERENT checksum'} "
                    "| same |")
    for name, page in staff["pages"].items():
        target = "≤ 200 ms" if "dashboard" in name or name == "admin article list" else "—"
        extra = f" at {staff['tasks']} tasks" if "dashboard" in name else ""
        once.append(f"| {name}{extra} (`{page['url']}`), median of requests | {page['median_ms']:.0f} ms "
                    f"(max {page['max_ms']:.0f}) | {target} |")
    report = [header, "\n".join(once)]
    print(report[0], "\n".join(once), sep="\n", flush=True)
    chosen = {int(n) for n in args.only.split(",") if n.strip()}
    for number, (label, seconds, cache_url, names, fragment_seconds) in enumerate(MODES, 1):
        if chosen and number not in chosen:
            continue
        if cache_url is None:
            if not redis_url:
                report.append(f"\n### {label}: skipped, BENCH_REDIS_URL is not set (run `make bench`)")
                continue
            cache_url = redis_url
        report.append(run((label, seconds, cache_url, names, fragment_seconds), urls, args))
        print(report[-1], flush=True)
    report.append(f"\n### Query plans\n\n```\n{plans.strip()}\n```")
    (WORK / "results.md").write_text("\n".join(report) + "\n")
    print(f"\n{header}\nWritten to {WORK / 'results.md'}")


if __name__ == "__main__":
    sys.exit(main())
