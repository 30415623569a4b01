"""Bench row of the Wagtail peer: the same articles, rotating, on a minimal Wagtail blog and on the portal.

The issue's target: with the page cache off, the portal rotating over 20,000 distinct articles
reaches at least twice the rate of a minimal Wagtail 8 blog (bench/peer/wagtail: its own page
model, Wagtail's database search backend) holding the same articles on the same PostgreSQL.

The peer lives in its own virtualenv, var/wagtail-venv (the Makefile's bench target makes it
unless BENCH_PEER is empty), and its own database, wagtail_peer, beside the portal's: bench.py
calls load_if_needed() right after generate_corpus. The row runs in the two modes without the
page cache (fragments off, then kept, as a deployed portal runs on a page cache miss): it starts
the peer's gunicorn (2 sync workers) on the next port and alternates peer and portal, wrk -c4,
over the same 20,000 articles (bench/rows_search.py's PICK without its 300 cold ones), after
rows_search's rows. Each round starts at another place in
the list, walked from its end: as long as a round makes fewer than 20,000 / rounds requests, no
round repeats an article, nor reads the ones rows_search's rotation (from the start) has just read.
"""

import json
import os
import signal
import statistics
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from providers import row_provider
from rows_search import COLD, LUA, PICK, ROTATING, _shell  # registers search_rows first: its rows come first

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
PEER_DIR = ROOT / "bench" / "peer" / "wagtail"
PEER_VENV = ROOT / "var" / "wagtail-venv"
# Written by the Makefile once pip has installed everything: a half-made venv does not count.
PEER_STAMP = PEER_VENV / ".installed"
PEER_DATABASE = "wagtail_peer"
PICKED = WORK / "peer-picked.tsv"
ENABLE = ("run `make bench` (BENCH_PEER=wagtail is the default: it makes var/wagtail-venv from "
          "bench/peer/wagtail/requirements.txt and loads the wagtail_peer database after the corpus)")

def wanted():
    """Return whether the peer is asked for (BENCH_PEER=wagtail, the default; empty turns it off)."""
    return os.environ.get("BENCH_PEER", "wagtail") == "wagtail"


def installed():
    """Return whether the peer's virtualenv is complete."""
    return PEER_STAMP.exists() and (PEER_VENV / "bin" / "gunicorn").exists()


def peer_database_url(portal_url):
    """Return the portal's DATABASE_URL with the peer's database name."""
    parts = urlsplit(portal_url)
    return urlunsplit(parts._replace(path="/" + PEER_DATABASE))


def peer_environment(portal_url):
    """Return the environment of the peer's processes: its database, the portal's to copy from."""
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update({"DATABASE_URL": peer_database_url(portal_url), "PORTAL_DATABASE_URL": portal_url,
                "SECRET_KEY": "bench-only-" + "y" * 50, "DEBUG": "0"})
    return env


def loaded(portal_url):
    """Return whether wagtail_peer holds the articles and their list of picked paths is written."""
    import psycopg  # noqa: PLC0415 (the portal's venv has it; only needed when the peer is wanted)

    try:
        with psycopg.connect(peer_database_url(portal_url), connect_timeout=10) as connection:
            count = connection.execute("SELECT count(*) FROM blog_blogpage").fetchone()[0]
    except psycopg.Error:
        return False
    return count > 0 and PICKED.exists()


def load_if_needed(portal_url, *, reload):
    """Load the portal's articles into the peer (when reload, or when missing); return 'Once per run' rows."""
    if not wanted() or not installed() or (not reload and loaded(portal_url)):
        return []
    started = time.monotonic()
    result = subprocess.run(
        [str(PEER_VENV / "bin" / "python"), str(PEER_DIR / "load_articles.py"), "--picked", str(PICKED),
         "--rotating", str(ROTATING), "--cold", str(COLD)],
        cwd=PEER_DIR, env=peer_environment(portal_url), capture_output=True, text=True)
    seconds = time.monotonic() - started
    if result.returncode or "LOADED=" not in result.stdout:
        print(f"*** WARNING: the Wagtail peer could not be loaded: its row will be skipped ***\n"
              f"{result.stderr[-3000:]}",
              flush=True)
        PICKED.unlink(missing_ok=True)
        return [f"| Wagtail peer load (bench/peer/wagtail/load_articles.py) | failed after {seconds:.0f} s | — |"]
    timings = json.loads(result.stdout.split("LOADED=", 1)[1].splitlines()[0])
    rows = [f"| Wagtail peer: {timings['pages']:,} pages, bulk (treebeard paths computed, COPY), "
            f"after a {timings['migrate_seconds']:.0f} s migrate | {timings['pages_seconds']:.0f} s | — |"]
    if "index_seconds" in timings:
        rows.append(f"| Wagtail peer: search index (`manage.py update_index`, database backend) "
                    f"| {timings['index_seconds']:.0f} s | — |")
    return rows


def _wait_ready(base, process):
    for _ in range(150):
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(base + "/", timeout=10) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.2)
    return False


def _page_bytes(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        if response.status != 200:
            raise SystemExit(f"{url} answered {response.status}")
        return len(response.read())


def _row(name, url, runs, size):
    return (f"| {name} | `{url if len(url) < 40 else url[:37] + '…'}` "
            f"| {statistics.median(r['rps'] for r in runs):.0f} | {statistics.median(r['p50'] for r in runs):.2f} "
            f"| {statistics.median(r['p99'] for r in runs):.2f} | {sum(r['errors'] for r in runs)} | {size:,} |")


def _round_scripts(name, paths, rounds):
    """Write one wrk script per round, each starting at another place in the list walked from its end."""
    backwards = paths[::-1]
    scripts = []
    for number in range(rounds):
        start = number * len(backwards) // rounds
        listing = WORK / f"peer-{name}-{number}.txt"
        listing.write_text("\n".join(backwards[start:] + backwards[:start]) + "\n")
        scripts.append(LUA % listing)
    return scripts


def measure(run, harness):
    """Start the peer, alternate it with the portal over the same articles; return markdown lines."""
    portal_url = os.environ["DATABASE_URL"]
    lines = [f"\n#### Wagtail peer (bench/peer/wagtail: Wagtail 8, database search backend, same PostgreSQL, "
             f"gunicorn 2 sync workers, DEBUG off, nothing cached) against the portal in this mode; "
             f"load average {os.getloadavg()[0]:.1f}\n"]
    if not installed() or not loaded(portal_url):
        missing = "var/wagtail-venv" if not installed() else f"the {PEER_DATABASE} database"
        return lines + [f"Peer row skipped: {missing} is missing. To enable it, {ENABLE}."]
    peer = [line.split("\t") for line in PICKED.read_text().splitlines()]
    portal = _shell(PICK % {"rotating": len(peer) - COLD, "cold": COLD}, "PICKED",
                    harness.environment(0, cache_url=run.cache_url, fragment_seconds=0))
    if [int(article_id) for article_id, _path in peer] != [article_id for article_id, _url in portal]:
        return lines + [f"Peer row skipped: {PEER_DATABASE} holds other articles than the portal picks "
                        f"(a corpus loaded after it). To reload it, run bench.py without --skip-load."]
    peer_paths = [path for _id, path in peer[COLD:]]
    portal_paths = [url for _id, url in portal[COLD:]]
    base = f"http://127.0.0.1:{run.args.port + 1}"
    server = subprocess.Popen(
        [str(PEER_VENV / "bin" / "gunicorn"), "peer.wsgi:application", "--workers", "2", "--bind",
         base.removeprefix("http://"), "--log-level", "warning"], cwd=PEER_DIR, env=peer_environment(portal_url))
    try:
        if not _wait_ready(base, server):
            return lines + [f"Peer row skipped: its gunicorn did not start on {base}."]
        # Never one of the 300 cold articles: rows_search times their first reading on the portal.
        middle = len(peer_paths) // 2
        one = peer_paths[middle]
        sizes = {"peer": _page_bytes(base + one), "portal": _page_bytes(run.base + portal_paths[middle])}
        for _ in range(4):  # both peer workers start up their URL resolvers and templates
            _page_bytes(base + one)
        peer_scripts = _round_scripts("wagtail", peer_paths, run.args.rounds)
        portal_scripts = _round_scripts("portal", portal_paths, run.args.rounds)
        results = {"peer": [], "portal": [], "one": []}
        for peer_script, portal_script in zip(peer_scripts, portal_scripts, strict=True):
            results["peer"].append(harness.wrk(base + peer_paths[0], seconds=run.args.seconds, connections=4,
                                               script=peer_script))
            results["portal"].append(harness.wrk(run.base + portal_paths[0], seconds=run.args.seconds,
                                                 connections=4, script=portal_script))
            results["one"].append(harness.wrk(base + one, seconds=run.args.seconds, connections=4))
        rss = harness.worker_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    ratios = [portal["rps"] / peer["rps"] for peer, portal in zip(results["peer"], results["portal"], strict=True)]
    lines += [
        "| row | URL | req/s | p50 ms | p99 ms | errors | page bytes |", "|---|---|---:|---:|---:|---:|---:|",
        _row(f"Wagtail peer, rotating over {len(peer_paths):,} articles, -c4", "rotate (peer paths)",
             results["peer"], sizes["peer"]),
        _row(f"portal, rotating over the same {len(portal_paths):,} articles, -c4", "rotate (portal paths)",
             results["portal"], sizes["portal"]),
        _row("Wagtail peer, one article repeated, -c4", one, results["one"], sizes["peer"]),
        f"\nPortal rotating ÷ Wagtail rotating: **{statistics.median(ratios):.2f}×** (target ≥ 2; rounds "
        f"{', '.join(f'{r:.2f}' for r in ratios)}; peer and portal alternate, {run.args.seconds} s each). "
        f"Peer worker memory (RSS): {', '.join(f'{mb:.0f} MB' for mb in rss)}.",
    ]
    return lines


@row_provider
def peer_rows(run):
    """Add the Wagtail peer's rows to the modes without the page cache (fragments off, then kept)."""
    if run.page_cache_seconds != 0:
        return
    if not wanted():
        run.notes.append("\nWagtail peer: not run (BENCH_PEER is empty).")
        return
    import bench as harness  # bench.py's helpers; it imports this module only while running

    run.notes.extend(measure(run, harness))
