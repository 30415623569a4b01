"""The home page's box of the latest documents."""

from django import template

from documents.models import Document

register = template.Library()


@register.inclusion_tag("documents/includes/latest.html")
def latest_documents(count=5):
    return {"documents": list(Document.objects.published().for_listing()[:count])}
