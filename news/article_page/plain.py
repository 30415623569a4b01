"""The article page the plain Django way, when stored pages are off: found through the ORM, rendered per request.

The same templates as the stored part (stored.render_parts), filled with this request's values,
so the HTML is the page the fast path serves; the queries are as many (the article with its
category, related ids and attachments' presence, then both lists of links), each slower to build.
"""

import datetime

from django.db.models import Exists, OuterRef, Q
from django.utils import formats

from news.article_page.lookup import OTHERS, related_ids, split_links
from news.article_page.stored import attachments_markup, render_parts
from news.models import Article, Attachment


def public_article(slug, day):
    """Return the public article at slug if it was published on day (local), else None."""
    start = day.replace(hour=0, minute=0, second=0, microsecond=0)
    return (Article.objects.published().filter(slug=slug, published_at__gte=start,
                                               published_at__lt=start + datetime.timedelta(days=1))
            .select_related("category", "related").defer("search_exact", "search_folded")
            .annotate(has_attachments=Exists(Attachment.objects.filter(article=OuterRef("pk")))).first())


def link_rows(article):
    """Return (related, others) as lookup.link_rows does, through the ORM."""
    ids = [int(pk) for pk in related_ids(article)]
    published = Article.objects.published().order_by()
    others = (published.filter(category_id=article.category_id, published_at__lt=article.published_at)
              .order_by("-published_at", "-pk").values("pk")[:OTHERS])
    rows = published.filter(Q(pk__in=others) | Q(pk__in=ids)).values_list(
        "pk", "title", "slug", "published_at", "category_id")
    return split_links(article, ids, list(rows))


def page_of(article, request):
    """Return {"head", "block"}: the article's part of its page rendered for this request."""
    return render_parts(article, link_rows(article), request=request,
                        view_count=formats.localize(article.view_count), attachments=attachments_markup(article))
