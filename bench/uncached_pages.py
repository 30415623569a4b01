"""Uncached throughput of the six listing pages for any checkout, to compare code before and after a change.

`make bench` measures the current code only. To measure an older commit the same way, load the
same corpus into a database with that commit's own migrations and corpus command, then run this
script against a gunicorn started from that checkout:

    git worktree add /work/wt/before <commit> && ln -s $PWD/.venv /work/wt/before/.venv
    (cd /work/wt/before && DATABASE_URL=… .venv/bin/python manage.py migrate \
        && DATABASE_URL=… .venv/bin/python manage.py generate_corpus --articles 100000 --seed 1 --until 2025-12-31)
    DATABASE_URL=… .venv/bin/python bench/uncached_pages.py --root /work/wt/before
    DATABASE_URL=… .venv/bin/python bench/uncached_pages.py            # this checkout, on its own database

Page cache off, fragments kept (the setting is ignored by code that has none), gunicorn with 2 sync
workers, wrk -c4 5 s, three floor/page pairs per page; prints req/s and × floor (medians).
"""

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

import bench

PAGES = {
    "home": "/",
    "latest": "/tin-tuc/",
    "day archive": "/tin-tuc/2023/08/31/",
    "month archive": "/tin-tuc/2023/08/",
    "category": "/chuyen-muc/hoat-dong-cua-cac-chi-cuc/",
}
# The newest article of the busy day, found with the checkout's own code.
ARTICLE = ("from news.models import Article; import datetime; "
           "print(Article.objects.published().filter(published_at__date=datetime.date(2023, 8, 31))"
           ".order_by('-published_at').first().get_absolute_url())")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=str(bench.ROOT), help="the checkout to serve")
    parser.add_argument("--port", type=int, default=18392)
    parser.add_argument("pages", nargs="*", help="names of PAGES (default: all, and the article)")
    args = parser.parse_args()
    root = Path(args.root)
    env = bench.environment(0, "locmem://portal", database_url=os.environ["DATABASE_URL"])
    env["STATIC_ROOT"] = str(bench.WORK / f"static-{root.name}")
    python = str(root / ".venv" / "bin" / "python")
    subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=root, env=env, check=True)
    article = subprocess.run([python, "manage.py", "shell", "-c", ARTICLE], cwd=root, env=env, check=True,
                             text=True, stdout=subprocess.PIPE).stdout.strip().splitlines()[-1]
    urls = {**PAGES, "article": article}
    names = args.pages or list(urls)
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([str(root / ".venv" / "bin" / "gunicorn"), "config.wsgi:application", "--workers", "2",
                               "--bind", f"127.0.0.1:{args.port}", "--log-level", "warning"], cwd=root, env=env)
    try:
        bench.wait_ready(base, server)
        print(f"| page ({root}) | req/s | × floor |\n|---|---:|---:|")
        for name in names:
            for _ in range(3):
                bench.fetch(base + urls[name])
            pairs = []
            for _ in range(3):
                floor = bench.wrk(base + "/bench/floor", seconds=5, connections=4)
                page = bench.wrk(base + urls[name], seconds=5, connections=4)
                pairs.append((page["rps"], floor["rps"]))
            print(f"| {name} | {statistics.median(p for p, _f in pairs):.0f} "
                  f"| {statistics.median(p / f for p, f in pairs):.3f} |", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
