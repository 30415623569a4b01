"""Metadata other programs read: the home page's (WebSite with its search) and a public record's.

Articles have their own (news.templatetags.news_meta); notices, procedures and published answers use
page_metadata, so every public record carries the same Open Graph, Dublin Core and JSON-LD set.
"""

import datetime

from django import template
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from cms.identity import agency_name_on
from cms.models import SiteSettings
from core.syndication.metadata import FEED_EMBLEM, json_ld, organisation, preview_image

register = template.Library()


@register.inclusion_tag("cms/includes/website_meta.html", takes_context=True)
def website_metadata(context):
    request = context["request"]
    agency = SiteSettings.load().agency_name
    home = request.build_absolute_uri(reverse("home"))
    search = request.build_absolute_uri(reverse("search"))
    data = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": agency,
        "url": home,
        "inLanguage": "vi",
        "publisher": organisation(agency, request.build_absolute_uri(static(FEED_EMBLEM[0]))),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
    return {
        "agency": agency, "home": home, "image": preview_image(request, alt=agency, fallback_alt=agency),
        "json_ld": json_ld(data),
    }


@register.inclusion_tag("cms/includes/page_meta.html", takes_context=True)
def page_metadata(context, *, title, description="", published=None, kind="Article", section="", answer="",
                  creator=""):
    """Render Open Graph, Dublin Core and JSON-LD for a public record that is not an article.

    `published` is its date (a date or a time); the publisher is the agency under the name of that day.
    `creator` is who made it (a notice: the enforcement office), by default the publisher.
    `kind` is the schema.org type: "Article" (a notice), "GovernmentService" (a procedure) or "QAPage"
    (a published answer, with `answer` its text).
    """
    request = context["request"]
    day = timezone.localdate(published) if isinstance(published, datetime.datetime) else published
    agency = SiteSettings.load().agency_name
    publisher = agency_name_on(day).name if day else agency
    canonical = request.build_absolute_uri(request.path)
    description = strip_tags(description or "")
    logo = request.build_absolute_uri(static(FEED_EMBLEM[0]))
    data = {"@context": "https://schema.org", "@type": kind, "url": canonical, "inLanguage": "vi"}
    if kind == "GovernmentService":
        data.update(name=title, description=description, provider=organisation(publisher, logo))
    elif kind == "QAPage":
        data["mainEntity"] = {"@type": "Question", "name": title, "text": description, "answerCount": 1,
                              "acceptedAnswer": {"@type": "Answer", "text": strip_tags(answer), "url": canonical}}
        if day:
            data["mainEntity"]["acceptedAnswer"]["datePublished"] = day.isoformat()
    else:
        data.update(headline=title[:110], description=description, publisher=organisation(publisher, logo),
                    mainEntityOfPage={"@type": "WebPage", "@id": canonical})
        if section:
            data["articleSection"] = section
        if day:
            data["datePublished"] = day.isoformat()
    return {
        "title": title, "description": description, "day": day, "agency": agency, "publisher": publisher,
        "creator": creator or publisher,
        "canonical": canonical, "section": section, "og_type": "article" if kind != "GovernmentService" else "website",
        "image": preview_image(request, alt=agency, fallback_alt=agency), "json_ld": json_ld(data),
    }
