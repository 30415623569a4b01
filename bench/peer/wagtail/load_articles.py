"""Copy the portal's published articles into the Wagtail peer's database as blog pages, in bulk.

Run with the peer's virtualenv (bench/rows_peer.py does it once per `make bench`):

    SECRET_KEY=... DATABASE_URL=postgres://postgres@/wagtail_peer?host=... \
    PORTAL_DATABASE_URL=postgres://postgres@/portal?host=... \
        var/wagtail-venv/bin/python bench/peer/wagtail/load_articles.py --picked var/bench/peer-picked.tsv

Drops and recreates the peer database, migrates it, makes a BlogIndexPage the site's root and
puts every published article under it as a BlogPage. Page.add_child() would take a lock, a query
for the last child and a save per page (hours for 100,000); instead the treebeard materialized
paths are computed here (each child is the parent's path plus its position in base 36, 4 digits)
and the rows go in with bulk_create (wagtailcore_page) and COPY (blog_blogpage). Then the search
index is filled through Wagtail's own `update_index`. Prints one line "LOADED={json}" with the
timings, and writes the peer URL of the articles the portal bench picks (bench/rows_search.py's
PICK: the same ids, in the same order) as "article id<TAB>path" lines.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

import django
import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
BATCH = 5000
# What the portal calls published (news.models.ArticleQuerySet.published), with its local day.
ARTICLES_SQL = """
SELECT id, title, slug, summary, body, published_at,
       (published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
FROM news_article WHERE status = 'published' AND published_at <= now() ORDER BY id
"""


def recreate_database(url):
    """Drop and create the database url names, through the cluster's maintenance database."""
    from peer.settings import database  # noqa: PLC0415 (settings read SECRET_KEY: imported after the checks)

    conf = database(url)
    maintenance = psycopg.connect(dbname="postgres", user=conf["USER"], password=conf["PASSWORD"] or None,
                                  host=conf["HOST"], port=conf["PORT"], autocommit=True)
    with maintenance:
        maintenance.execute(f'DROP DATABASE IF EXISTS "{conf["NAME"]}" WITH (FORCE)')
        maintenance.execute(f'CREATE DATABASE "{conf["NAME"]}"')


def child_path(parent, position, steplen, alphabet):
    """Return treebeard's path of the position-th child (1-based) of parent, as MP_Node numbers it."""
    digits = ""
    while position:
        position, digit = divmod(position, len(alphabet))
        digits = alphabet[digit] + digits
    if len(digits) > steplen:
        raise ValueError("too many children for one level of the tree")
    return parent + digits.rjust(steplen, alphabet[0])


def make_index():
    """Replace the page `migrate` made with a BlogIndexPage and make it the default site's root."""
    from wagtail.models import Page, Site  # noqa: PLC0415 (models load after django.setup())

    from blog.models import BlogIndexPage  # noqa: PLC0415

    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    index = root.add_child(instance=BlogIndexPage(title="Tin tức", slug="home", intro="<p>Các bài viết.</p>"))
    Site.objects.update_or_create(is_default_site=True, defaults={
        "hostname": "localhost", "port": 80, "root_page": index, "site_name": "Wagtail peer"})
    return index


def copy_articles(portal_url, index):
    """Insert every published article under index; return {article id: page path} and the count."""
    from django.contrib.contenttypes.models import ContentType  # noqa: PLC0415 (after django.setup())
    from django.db import connection, transaction  # noqa: PLC0415
    from wagtail.models import Locale, Page  # noqa: PLC0415

    from blog.models import BlogPage  # noqa: PLC0415

    content_type = ContentType.objects.get_for_model(BlogPage)
    locale = Locale.get_default()
    paths, slugs, position = {}, set(), 0
    with psycopg.connect(portal_url) as source, source.cursor(name="articles") as rows, transaction.atomic():
        rows.itersize = BATCH
        rows.execute(ARTICLES_SQL)
        while batch := rows.fetchmany(BATCH):
            pages = []
            for article_id, title, slug, _summary, _body, published_at, _day in batch:
                position += 1
                # Portal slugs are unique already; Wagtail wants them unique among siblings only.
                if slug in slugs:
                    slug = f"{slug}-{article_id}"
                slugs.add(slug)
                pages.append(Page(
                    path=child_path(index.path, position, Page.steplen, Page.alphabet), depth=index.depth + 1,
                    numchild=0, title=title, draft_title=title, slug=slug, url_path=f"{index.url_path}{slug}/",
                    content_type=content_type, locale=locale, live=True, has_unpublished_changes=False,
                    first_published_at=published_at, last_published_at=published_at))
            Page.objects.bulk_create(pages)  # PostgreSQL returns the new ids
            with connection.cursor() as cursor, cursor.copy(
                    "COPY blog_blogpage (page_ptr_id, date, intro, body) FROM STDIN") as copy:
                for page, (_id, _title, _slug, summary, body, _published, day) in zip(pages, batch, strict=True):
                    copy.write_row((page.pk, day, summary, body))
            for page, row in zip(pages, batch, strict=True):
                paths[row[0]] = "/" + page.slug + "/"
        Page.objects.filter(pk=index.pk).update(numchild=position)
    return paths, position


def picked(ids, rotating, cold):
    """Return the ids bench/rows_search.py's PICK chooses: a step over the published ids, cold ones first."""
    step = max(1, len(ids) // (rotating + cold))
    return ids[::step][:rotating + cold]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--picked", type=Path, default=ROOT / "var" / "bench" / "peer-picked.tsv",
                        help="where to write the peer paths of the articles the portal bench picks")
    parser.add_argument("--rotating", type=int, default=20_000)
    parser.add_argument("--cold", type=int, default=300)
    parser.add_argument("--no-index", action="store_true", help="leave the search index empty")
    args = parser.parse_args()
    portal_url = os.environ["PORTAL_DATABASE_URL"]
    sys.path.insert(0, str(HERE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peer.settings")
    timings = {}
    started = time.monotonic()
    recreate_database(os.environ["DATABASE_URL"])
    django.setup()
    from django.core.management import call_command  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415

    call_command("migrate", "--noinput", verbosity=0)
    timings["migrate_seconds"] = time.monotonic() - started
    began = time.monotonic()
    paths, count = copy_articles(portal_url, make_index())
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE wagtailcore_page")
        cursor.execute("VACUUM ANALYZE blog_blogpage")
    timings["pages_seconds"] = time.monotonic() - began
    timings["pages"] = count
    if not args.no_index:
        began = time.monotonic()
        call_command("update_index", verbosity=0)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE wagtailsearch_indexentry")
        timings["index_seconds"] = time.monotonic() - began
    args.picked.parent.mkdir(parents=True, exist_ok=True)
    chosen = picked(sorted(paths), args.rotating, args.cold)
    args.picked.write_text("".join(f"{article_id}\t{paths[article_id]}\n" for article_id in chosen))
    timings["picked"] = len(chosen)
    print("LOADED=" + json.dumps(timings), flush=True)


if __name__ == "__main__":
    main()
