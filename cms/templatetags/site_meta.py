"""The home page's metadata: Open Graph with the agency's card, and JSON-LD WebSite with its search."""

from django import template
from django.templatetags.static import static
from django.urls import reverse

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
