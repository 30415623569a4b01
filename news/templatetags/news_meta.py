"""Article metadata for search engines and archives: canonical, Open Graph, Dublin Core, JSON-LD."""

from urllib.parse import quote, urlencode

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.models import SiteSettings
from core.caching.pagecache import generation_cached
from core.credits import parse_credit
from core.syndication.metadata import (
    FEED_EMBLEM,
    breadcrumb_list,
    first_stored_picture,
    json_ld,
    organisation,
    preview_image,
)
from news.models import Article
from news.publisher import publisher_of

register = template.Library()


def credited_author(byline, agency):
    """Return the schema.org author of a credit line: its people, else its source, else the agency."""
    credit = parse_credit(byline)
    people = []
    for person in credit.people:
        entry = {"@type": "Person", "name": person.name}
        if person.role:
            entry["jobTitle"] = person.role
        if person.unit:
            entry["affiliation"] = organisation(person.unit, kind="Organization")
        people.append(entry)
    if people:
        return people[0] if len(people) == 1 else people
    if credit.source:
        return organisation(credit.source, kind="Organization")
    return organisation(agency)


@register.inclusion_tag("news/includes/article_meta.html", takes_context=True)
def article_metadata(context, article: Article):
    request = context["request"]
    agency = SiteSettings.load().agency_name  # the site's name today (og:site_name)
    # The publisher is the agency under the name it bore on the publication day.
    publisher = publisher_of(article).name or agency
    canonical = request.build_absolute_uri(article.get_absolute_url())
    # The cover, else the first photo of the story: a shared link shows the story's picture, not the emblem.
    picture = article.cover or first_stored_picture(article.body)
    alt = (article.cover_caption if article.cover else getattr(picture, "alt", "")) or article.title
    image = preview_image(request, picture, alt=alt, fallback_alt=agency)
    published = timezone.localtime(article.published_at)
    modified = timezone.localtime(max(article.updated_at, article.published_at))
    creator = article.byline or publisher
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "image": [image.url],
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "inLanguage": "vi",
        "articleSection": article.category.name,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "author": credited_author(article.byline, publisher),
        "publisher": organisation(publisher, request.build_absolute_uri(static(FEED_EMBLEM[0]))),
    }
    source = parse_credit(article.byline).source
    if source:
        data["sourceOrganization"] = organisation(source, kind="Organization")
    crumbs = breadcrumb_list([
        (_("Home"), request.build_absolute_uri(reverse("home"))),
        (article.category.name, request.build_absolute_uri(article.category.get_absolute_url())),
        (article.title, canonical),
    ])
    return {
        "article": article, "agency": agency, "publisher": publisher, "canonical": canonical, "image": image,
        "creator": creator, "published": published, "modified": modified, "json_ld": json_ld(data),
        "breadcrumbs": json_ld(crumbs),
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
