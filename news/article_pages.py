"""Article pages rendered when what they show changes, not each time they are read.

A reader may arrive on any of 100,000 articles (a search engine crawling the archive, a link
shared years later): the page cache and the fragments (core.caching.fragments, kept per content
generation) only help with articles read before in the same generation. So the article's part
of the page (its block with related and other news, and its metadata) is stored with the
article in RenderedArticle, under a stamp: a digest of everything that part shows. The
article's row (updated_at), its category, the agency's name, the language, the templates and
the titles and addresses of the related and other news (read afresh on every request, in one
query) all go into it; a reading whose stamp differs renders the part again and stores it.
So a stored page is never stale, and nothing has to remember to throw one away; the one thing
trusted is that a change to the article's own row moves its updated_at, as every save() does (a
bulk update() of titles or bodies must set it too).

What changes between readings stays out of the stored markup, as slots filled per request:
the view count, the attachments (rendered when there are any; most articles have none) and
the site's address (the request's scheme and host).
"""

import datetime
import hashlib
import json
from urllib.parse import quote

from django.conf import settings

try:
    import psycopg
except ImportError:  # SQLite only
    psycopg = None
from django.db import connection
from django.http import HttpRequest
from django.template.loader import get_template
from django.templatetags.static import static
from django.utils import formats, timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from cms.models import SiteSettings
from core.syndication.metadata import DEFAULT_PREVIEW, FEED_EMBLEM
from news.models import Article, Attachment, Category, RelatedArticles, RenderedArticle, categories
from news.related import SHOWN, refresh_related

OTHERS = 8
BLOCK_TEMPLATE = "news/includes/article_block.html"
HEAD_TEMPLATE = "news/includes/article_head.html"
# Every template the stored markup comes from: a change to any of them changes every stamp.
TEMPLATES = (BLOCK_TEMPLATE, HEAD_TEMPLATE, "news/includes/article_meta.html", "news/includes/article_tools.html",
             "news/includes/related.html")
# Raise when Python code changes what the stored markup holds (the templates are read for themselves).
MARKUP_VERSION = 1

# Rendered in place of the request's address; a host the .invalid top-level domain keeps from ever existing.
PLACEHOLDER_ORIGIN = "https://article-page.invalid"
VIEWS_SLOT = "\ue000views\ue000"  # private-use characters: escaping leaves them alone
ATTACHMENTS_SLOT = "\ue000attachments\ue000"
# What the page itself needs of the article's row when its part is stored; the rest is read to render it.
PAGE_FIELDS = ("title", "slug", "status", "published_at", "category_id", "view_count", "updated_at")


class _PlaceholderRequest(HttpRequest):
    """The request the stored markup is rendered for: absolute addresses start with PLACEHOLDER_ORIGIN."""

    @property
    def scheme(self):
        return "https"

    def get_host(self):
        return PLACEHOLDER_ORIGIN.removeprefix("https://")


# The two queries of every reading, written out: built through the ORM they cost ten times the
# database's own time in Python (about 1 ms each, measured at 100,000 articles), more than the
# rest of the page together. Tables and columns are the models' own.
_ARTICLE = Article._meta.db_table
# In the model's order of fields, as Model.from_db() takes them.
_PAGE_COLUMNS = [field.attname for field in Article._meta.concrete_fields if field.attname in {"id", *PAGE_FIELDS}]
LOOKUP_SQL = f"""
    SELECT a.{", a.".join(_PAGE_COLUMNS)}, r.stamp, r.head, r.block, rel.ids,
           EXISTS (SELECT 1 FROM {Attachment._meta.db_table} f WHERE f.article_id = a.id)
    FROM {_ARTICLE} a
    LEFT JOIN {RenderedArticle._meta.db_table} r ON r.article_id = a.id
    LEFT JOIN {RelatedArticles._meta.db_table} rel ON rel.article_id = a.id
    WHERE a.slug = %s AND a.status = %s AND a.published_at <= %s"""
_LINK_COLUMNS = "id, title, slug, published_at, category_id"
# Older news of the same category, newest first ("Các tin khác"), then the related ones by id.
# Through a subquery: SQLite takes no LIMIT in a member of a UNION.
OTHERS_SQL = f"""
    SELECT {_LINK_COLUMNS} FROM {_ARTICLE} WHERE id IN (
        SELECT id FROM {_ARTICLE}
        WHERE category_id = %s AND status = %s AND published_at < %s AND published_at <= %s
        ORDER BY published_at DESC, id DESC LIMIT {OTHERS})"""
RELATED_SQL = f"SELECT {_LINK_COLUMNS} FROM {_ARTICLE} WHERE status = %s AND published_at <= %s AND id IN ({{}})"


class _PreparedCursor(psycopg.Cursor if psycopg else object):
    """A cursor binding parameters on the server and preparing each statement the first time it runs."""

    logged = False

    def execute(self, query, params=None, **kwargs):
        result = super().execute(query, params, prepare=True, **kwargs)
        if self.logged and self._query is None:
            # psycopg leaves it unset for a prepared statement; Django's query log reads it.
            self._query = self._convert_query(query, params)
        return result


def _cursor():
    """Return a cursor for the page's statements: on PostgreSQL, prepared once per connection.

    Planning was over half of the database's work on an article page (docs/performance.md):
    a prepared statement is planned once for any article. Only these statements are prepared:
    a generic plan suits them (a unique slug, a category's newest rows, ids), not searches,
    whose best plan depends on the words (Django's own cursors bind on the client).
    """
    if connection.vendor != "postgresql" or not settings.DATABASE_PREPARED_STATEMENTS:
        return connection.cursor()
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    raw = _PreparedCursor(connection.connection)
    # Wrapped like Django's own, so that query logging and counting see these statements too.
    raw.logged = connection.queries_logged
    return connection.make_debug_cursor(raw) if raw.logged else connection.make_cursor(raw)


def _db_time(value):
    # As the ORM passes it: SQLite compares text, in UTC.
    return connection.ops.adapt_datetimefield_value(value)


def _aware(value):
    # SQLite hands back naive UTC datetimes where the ORM would have made them aware.
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


def public_article(slug, day):
    """Return the public article at slug if it was published on day (local), with its stored page; else None."""
    with _cursor() as cursor:
        cursor.execute(LOOKUP_SQL, [slug, Article.Status.PUBLISHED, _db_time(timezone.now())])
        row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip(_PAGE_COLUMNS, row, strict=False))
    values["published_at"], values["updated_at"] = _aware(values["published_at"]), _aware(values["updated_at"])
    article = Article.from_db(connection.alias, _PAGE_COLUMNS, list(values.values()))
    if timezone.localtime(article.published_at, day.tzinfo).date() != day.date():
        return None
    stamp, head, block, ids, article.has_attachments = row[len(_PAGE_COLUMNS):]
    # Set as select_related would (None: there is no row): the page reads them through the relations.
    Article.rendered.related.set_cached_value(article, None if stamp is None else RenderedArticle(
        article_id=article.pk, stamp=stamp, head=head, block=block))
    Article.related.related.set_cached_value(article, None if ids is None else RelatedArticles(
        article_id=article.pk, ids=ids if isinstance(ids, list) else json.loads(ids)))
    return article


def related_ids(article):
    """Return the stored ids of article's related articles (computed once if missing)."""
    try:
        return article.related.ids
    except Article.related.RelatedObjectDoesNotExist:
        refresh_related(article)
        return article.related.ids


def link_rows(article):
    """Return (related, others): (pk, title, slug, published_at) of what the page links to, in one query."""
    ids = [int(pk) for pk in related_ids(article)]
    published, now = Article.Status.PUBLISHED, _db_time(timezone.now())
    sql, params = OTHERS_SQL, [article.category_id, published, _db_time(article.published_at), now]
    if ids:
        sql += " UNION " + RELATED_SQL.format(", ".join(["%s"] * len(ids)))
        params += [published, now, *ids]
    with _cursor() as cursor:
        cursor.execute(sql, params)
        rows = [(pk, title, slug, _aware(when), category) for pk, title, slug, when, category in cursor.fetchall()]
    by_pk = {row[0]: row[:4] for row in rows}
    related = [by_pk[pk] for pk in ids if pk in by_pk][:SHOWN]
    # A related article of the same category may come with the others: it counts among them only
    # if it is one of the newest older ones, which the first part brought anyway.
    older = [row for row in rows if row[4] == article.category_id and row[3] < article.published_at]
    older.sort(key=lambda row: (row[3], row[0]), reverse=True)
    return related, [row[:4] for row in older[:OTHERS]]


def _templates_key():
    sources = [get_template(name).template.source for name in TEMPLATES]
    # Hashed static addresses change with their files (ManifestStaticFilesStorage).
    addresses = [static(FEED_EMBLEM[0]), static(DEFAULT_PREVIEW[0]), settings.MEDIA_URL]
    return hashlib.blake2b("\x1f".join([str(MARKUP_VERSION), *sources, *addresses]).encode()).hexdigest()


_templates_key_cache = []


def templates_key():
    """Return a digest of the templates and code behind the stored markup (once per process, except in DEBUG)."""
    if settings.DEBUG:
        return _templates_key()  # templates edited under runserver show at once
    if not _templates_key_cache:
        _templates_key_cache.append(_templates_key())
    return _templates_key_cache[0]


def page_stamp(article, links, *, category, agency):
    """Return the digest of everything the stored part of article's page shows."""
    parts = (templates_key(), get_language(), article.updated_at.isoformat(), category.name, category.slug,
             agency, repr(links))
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=20).hexdigest()


def _as_articles(rows):
    return [Article(pk=pk, title=title, slug=slug, published_at=published_at) for pk, title, slug, published_at in rows]


def render_parts(article, links):
    """Return {"head", "block"}: metadata and article block for the placeholder origin, slots left in."""
    related, others = links
    context = {"article": article, "request": _PlaceholderRequest(), "view_count": VIEWS_SLOT,
               "attachments": ATTACHMENTS_SLOT, "related_articles": _as_articles(related),
               "other_articles": _as_articles(others)}
    return {"head": get_template(HEAD_TEMPLATE).render(context), "block": get_template(BLOCK_TEMPLATE).render(context)}


def _full(article):
    """Return article with every field it renders (the page's lookup reads only PAGE_FIELDS)."""
    if "body" in article.__dict__ and article.__dict__.get("category_id") is not None:
        return article
    return Article.objects.select_related("category").defer("search_exact", "search_folded").get(pk=article.pk)


def stored_parts(article, *, store=True):
    """Return (head, block) of article's page with slots, from its stored page or rendered (and stored) afresh."""
    stamp, links = current_stamp(article)
    try:
        stored = article.rendered
    except Article.rendered.RelatedObjectDoesNotExist:
        stored = None
    if stored is not None and stored.stamp == stamp:
        return stored.head, stored.block
    page = RenderedArticle(article_id=article.pk, stamp=stamp, **render_parts(_full(article), links))
    # Only the site's own language is stored: another would take the row back and forth.
    if store and get_language() == settings.LANGUAGE_CODE:
        save_pages([page])
    return page.head, page.block


def current_stamp(article):
    """Return (stamp, links) of article's page as it would be rendered now."""
    links = link_rows(article)
    # The menu's list, kept per generation; a category it lacks is read from the database.
    category = next((c for c in categories() if c.pk == article.category_id), None) or Category.objects.get(
        pk=article.category_id)
    return page_stamp(article, links, category=category, agency=SiteSettings.load().agency_name), links


def save_pages(pages):
    """Store rendered pages, replacing those of the same articles."""
    RenderedArticle.objects.bulk_create(pages, update_conflicts=True, unique_fields=["article"],
                                        update_fields=["stamp", "head", "block"])


def render_stale(articles):
    """Render and store the pages of articles whose stored page is missing or stale; return how many."""
    pages = []
    for article in articles:
        stamp, links = current_stamp(article)
        stored = getattr(article, "stored_stamp", None)
        if stored != stamp:
            pages.append(RenderedArticle(article_id=article.pk, stamp=stamp, **render_parts(_full(article), links)))
    save_pages(pages)
    return len(pages)


def store_page(*, article):
    """Render and store article's page now (it was published or edited), so that no reader waits for it."""
    render_stale([Article.objects.select_related("category", "related").defer("search_exact", "search_folded")
                  .get(pk=article.pk)])


def fill_slots(markup, request, *, view_count=None, attachments=""):
    """Return stored markup with the request's address, the view count and the attachments in their slots."""
    origin = f"{request.scheme}://{request.get_host()}"
    markup = markup.replace(PLACEHOLDER_ORIGIN, origin).replace(
        quote(PLACEHOLDER_ORIGIN, safe=""), quote(origin, safe=""))
    if view_count is not None:
        markup = markup.replace(VIEWS_SLOT, formats.localize(view_count)).replace(ATTACHMENTS_SLOT, attachments)
    return mark_safe(markup)  # noqa: S308 (rendered by our templates, escaped there)


def attachments_markup(article):
    """Return the attachments' list of article, or "" when it has none (known from the page's lookup)."""
    if not getattr(article, "has_attachments", True):
        return ""
    return get_template("news/includes/attachments.html").render({"attachments": article.attachments.all()})


def page_of(article, request, *, store=True):
    """Return {"head", "block"}: the article's part of its page for this request."""
    head, block = stored_parts(article, store=store)
    return {"head": fill_slots(head, request),
            "block": fill_slots(block, request, view_count=article.view_count, attachments=attachments_markup(article))}
