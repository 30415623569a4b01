"""Finding a public article and what its page links to: two statements written out, prepared once.

Built through the ORM these queries cost ten times the database's own time in Python (about
1 ms each, measured at 100,000 articles), more than the rest of the page together; on
PostgreSQL they are prepared once per connection (core.db.prepared_cursor), since planning
was over half of the database's work on an article page. Tables and columns are the models' own.
"""

import json

from django.db import connection
from django.utils import timezone

from core.db import aware, db_datetime, prepared_cursor
from news.models import Article, Attachment, RelatedArticles, RenderedArticle
from news.related import SHOWN, refresh_related

OTHERS = 8
# What the page itself needs of the article's row when its part is stored; the rest is read to render it.
PAGE_FIELDS = ("title", "slug", "status", "published_at", "category_id", "view_count", "updated_at")

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


def public_article(slug, day):
    """Return the public article at slug if it was published on day (local), with its stored page; else None."""
    with prepared_cursor() as cursor:
        cursor.execute(LOOKUP_SQL, [slug, Article.Status.PUBLISHED, db_datetime(timezone.now())])
        row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip(_PAGE_COLUMNS, row, strict=False))
    values["published_at"], values["updated_at"] = aware(values["published_at"]), aware(values["updated_at"])
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
    published, now = Article.Status.PUBLISHED, db_datetime(timezone.now())
    sql, params = OTHERS_SQL, [article.category_id, published, db_datetime(article.published_at), now]
    if ids:
        sql += " UNION " + RELATED_SQL.format(", ".join(["%s"] * len(ids)))
        params += [published, now, *ids]
    with prepared_cursor() as cursor:
        cursor.execute(sql, params)
        rows = [(pk, title, slug, aware(when), category) for pk, title, slug, when, category in cursor.fetchall()]
    return split_links(article, ids, rows)


def split_links(article, ids, rows):
    """Return (related, others) from the rows (pk, title, slug, published_at, category_id) of both lists."""
    by_pk = {row[0]: row[:4] for row in rows}
    related = [by_pk[pk] for pk in ids if pk in by_pk][:SHOWN]
    # A related article of the same category may come with the others: it counts among them only
    # if it is one of the newest older ones, which the first part brought anyway.
    older = [row for row in rows if row[4] == article.category_id and row[3] < article.published_at]
    older.sort(key=lambda row: (row[3], row[0]), reverse=True)
    return related, [row[:4] for row in older[:OTHERS]]
