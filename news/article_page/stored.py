"""Article pages rendered when what they show changes, not each time they are read.

A reader may arrive on any of 100,000 articles (a search engine crawling the archive, a link
shared years later): the page cache and the fragments (core.caching.fragments, kept per content
generation) only help with articles read before in the same generation. So the article's part
of the page (its block with related and other news, and its metadata) is stored with the
article in RenderedArticle, under a stamp: a digest of everything that part shows. The
article's row (updated_at), its category, the agency's name today and on the article's
publication day (its publisher), the language, the templates and
the titles and addresses of the related and other news (read afresh on every request, in one
query) all go into it; a reading whose stamp differs renders the part again and stores it.
So a stored page is never stale, and nothing has to remember to throw one away; the one thing
trusted is that a change to the article's own row moves its updated_at, as save() and
ArticleQuerySet.update() do (the contract is written out in news/article_page/__init__.py).

What changes between readings stays out of the stored markup, as slots filled per request:
the view count, the attachments (rendered when there are any; most articles have none) and
the site's address (the request's scheme and host).
"""

import hashlib
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import get_template
from django.templatetags.static import static
from django.utils import formats
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from cms.models import SiteSettings
from core.syndication.metadata import DEFAULT_PREVIEW, FEED_EMBLEM
from news.article_page.lookup import link_rows
from news.models import Article, Category, RenderedArticle, categories
from news.publisher import publisher_of

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


class _PlaceholderRequest(HttpRequest):
    """The request the stored markup is rendered for: absolute addresses start with PLACEHOLDER_ORIGIN."""

    @property
    def scheme(self):
        return "https"

    def get_host(self):
        return PLACEHOLDER_ORIGIN.removeprefix("https://")


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


def page_stamp(article, links, *, category, agency, publisher=""):
    """Return the digest of everything the stored part of article's page shows.

    agency is the site's name today, publisher the agency's name on the publication day: an edit
    of either (in the site settings or the directory's dated names) changes the stamp.
    """
    parts = (templates_key(), get_language(), article.updated_at.isoformat(), category.name, category.slug,
             agency, publisher, repr(links))
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=20).hexdigest()


def _as_articles(rows):
    return [Article(pk=pk, title=title, slug=slug, published_at=published_at) for pk, title, slug, published_at in rows]


def render_parts(article, links, *, request=None, view_count=VIEWS_SLOT, attachments=ATTACHMENTS_SLOT):
    """Return {"head", "block"}: metadata and article block; by default for storing (placeholder origin, slots)."""
    related, others = links
    context = {"article": article, "request": request or _PlaceholderRequest(), "view_count": view_count,
               "attachments": attachments, "related_articles": _as_articles(related),
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
    return page_stamp(article, links, category=category, agency=SiteSettings.load().agency_name,
                      publisher=repr(publisher_of(article))), links


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
