"""Bench row of the article page's off switch: the same rotation of articles with STORED_ARTICLE_PAGES on and off.

In the mode without the page cache and with fragments kept (a deployed portal on a page cache
miss), a second gunicorn (2 sync workers, next port but one) serves the portal with
STORED_ARTICLE_PAGES=0 (news/article_page: the plain ORM and templates); on and off alternate,
wrk -c4, over the 20,000 articles rows_search rotates through, each round starting at another place.
"""

import os
import signal
import statistics
import subprocess

from providers import row_provider
from rows_peer import _page_bytes, _round_scripts, _row, _wait_ready
from rows_search import COLD, PICK, ROTATING, _shell


def measure(run, harness):
    """Alternate the running portal (stored pages on) with one started with them off; return markdown lines."""
    lines = [f"\n#### Article pages with STORED_ARTICLE_PAGES on and off (news/article_page), rotating over "
             f"{ROTATING:,} articles; load average {os.getloadavg()[0]:.1f}\n"]
    env = harness.environment(run.page_cache_seconds, cache_url=run.cache_url, fragment_seconds=run.fragment_seconds)
    paths = [url for _id, url in _shell(PICK % {"rotating": ROTATING, "cold": COLD}, "PICKED", env)[COLD:]]
    off_env = {**env, "STORED_ARTICLE_PAGES": "0"}
    base = f"http://127.0.0.1:{run.args.port + 2}"
    server = subprocess.Popen([harness.GUNICORN, "config.wsgi:application", "--workers", "2", "--bind",
                               base.removeprefix("http://"), "--log-level", "warning"], cwd=harness.ROOT, env=off_env)
    try:
        if not _wait_ready(base, server):
            return lines + [f"Row skipped: the gunicorn with stored pages off did not start on {base}."]
        middle = paths[len(paths) // 2]
        sizes = {"on": _page_bytes(run.base + middle), "off": _page_bytes(base + middle)}  # the same page
        results = {"on": [], "off": []}
        for script in _round_scripts("switch", paths, run.args.rounds):
            results["on"].append(harness.wrk(run.base + paths[0], seconds=run.args.seconds, connections=4,
                                             script=script))
            results["off"].append(harness.wrk(base + paths[0], seconds=run.args.seconds, connections=4,
                                              script=script))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    ratios = [on["rps"] / off["rps"] for on, off in zip(results["on"], results["off"], strict=True)]
    return lines + [
        "| row | URL | req/s | p50 ms | p99 ms | errors | page bytes |", "|---|---|---:|---:|---:|---:|---:|",
        _row("stored pages on (the default)", "rotate", results["on"], sizes["on"]),
        _row("stored pages off (STORED_ARTICLE_PAGES=0)", "rotate", results["off"], sizes["off"]),
        f"\nOn ÷ off: **{statistics.median(ratios):.2f}×** (rounds {', '.join(f'{r:.2f}' for r in ratios)}).",
    ]


@row_provider
def article_switch_rows(run):
    """Add the on/off rows to the mode without the page cache, fragments kept."""
    if run.page_cache_seconds != 0 or run.fragment_seconds == 0:
        return
    import bench as harness  # bench.py's helpers; it imports this module only while running

    run.notes.extend(measure(run, harness))
