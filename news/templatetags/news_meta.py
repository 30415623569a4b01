"""Article metadata for search engines and archives: canonical, Open Graph, Dublin Core, JSON-LD."""

import json
from urllib.parse import quote, urlencode

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cms.images import rendition
from cms.models import SiteSettings
from cms.pagecache import generation_cached
from news.models import Article

register = template.Library()

OG_IMAGE_WIDTH = 1200
# Characters that could end the <script> element or open markup inside it.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """Return a <script type="application/ld+json"> element, safe against markup in the data."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.inclusion_tag("news/includes/article_meta.html", takes_context=True)
def article_metadata(context, article: Article):
    request = context["request"]
    agency = SiteSettings.load().agency_name
    canonical = request.build_absolute_uri(article.get_absolute_url())
    image = rendition(article.cover, OG_IMAGE_WIDTH) if article.cover else ""
    image = request.build_absolute_uri(image) if image else ""
    published = timezone.localtime(article.published_at)
    creator = article.byline or agency
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "datePublished": published.isoformat(),
        "dateModified": timezone.localtime(article.updated_at).isoformat(),
        "inLanguage": "vi",
        "articleSection": article.category.name,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "author": {"@type": "Person" if article.byline else "GovernmentOrganization", "name": creator},
        "publisher": {
            "@type": "GovernmentOrganization", "name": agency,
            "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("img/emblem.svg"))},
        },
    }
    if image:
        data["image"] = [image]
    return {
        "article": article, "agency": agency, "canonical": canonical, "image": image, "creator": creator,
        "published": published, "json_ld": json_ld(data),
    }


@register.inclusion_tag("news/includes/article_tools.html", takes_context=True)
def article_tools(context, article: Article):
    request = context["request"]
    local = timezone.localtime(article.published_at)
    print_url = reverse("news:article_print", kwargs={
        "year": local.year, "month": f"{local.month:02d}", "day": f"{local.day:02d}", "slug": article.slug,
    })
    link = request.build_absolute_uri(article.get_absolute_url())
    mailto = "mailto:?" + urlencode({"subject": article.title, "body": f"{article.title}\n{link}"}, quote_via=quote)
    return {"article": article, "print_url": print_url, "mailto": mailto}


@register.inclusion_tag("news/includes/most_read.html")
def most_read(limit=5):
    # Counts may lag by one content generation (or the cache timeout): every page shows this block.
    return {"most_read": generation_cached(f"most-read-{limit}", lambda: list(Article.objects.most_read(limit)))}
