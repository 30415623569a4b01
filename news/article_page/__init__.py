"""The article page, fast at any size of archive: one seam over the machinery that makes it so.

With settings.STORED_ARTICLE_PAGES on (the default; STORED_ARTICLE_PAGES=0 turns it off):
- lookup.py finds the article, its stored part and related ids in one written-out statement,
  and both lists of links in another, prepared once per PostgreSQL connection (core.db);
- stored.py keeps the article's own part of the page (its block and metadata) in
  RenderedArticle under a stamp, with slots for what differs per reading;
- shell.py renders the page around the article once per content generation, with holes, for
  readers who are not logged in.
Off, plain.py finds the article through the ORM and renders the same templates per request:
the same HTML and the same number of queries, each slower (measured in docs/performance-history.md, fourth pass).

What makes a stored part stale, the contract every write path keeps:
- its stamp digests the templates (and MARKUP_VERSION), the language, the article's updated_at,
  its category's name and slug, the agency's name and the titles and addresses of the related and
  other news (read on every request), so a stored part is never shown stale and nothing deletes one;
- a change to an article's row moves updated_at: save() does (auto_now), and so does
  ArticleQuerySet.update() for any field a page shows;
- Python code that changes what the stored markup holds raises stored.MARKUP_VERSION;
- anything else the part comes to show must go into stored.page_stamp().
The workflow stores the part when an article is published or edited (store_page), so that no
reader waits; `manage.py render_articles` does it for every article after a bulk load or deploy.
"""

from django.conf import settings

from news.article_page import lookup, plain, shell, stored


def enabled():
    """Return True if article pages are stored and served through the fast path."""
    return settings.STORED_ARTICLE_PAGES


def public_article(slug, day):
    """Return the public article at slug if it was published on day (local), ready for page_of(); else None."""
    return (lookup if enabled() else plain).public_article(slug, day)


def page_of(article, request, *, store=True):
    """Return {"head", "block"}: the article's part of its page for this request (stored if store)."""
    if enabled():
        return stored.page_of(article, request, store=store)
    return plain.page_of(article, request)


def shell_response(view, context, *, preview):
    """Return the whole page from the page around articles, or None when the template must render it."""
    if enabled() and shell.may_use_shell(view.request, preview):
        return shell.shell_response(view, context)
    return None


def store_page(*, article):
    """Store article's part of its page now (it was published or edited), when pages are stored."""
    if enabled():
        stored.store_page(article=article)


def render_stale(articles):
    """Store the parts of articles that are missing or stale; return how many (0 when pages are not stored)."""
    return stored.render_stale(articles) if enabled() else 0
