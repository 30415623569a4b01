"""Metadata of a document page: Dublin Core and schema.org Legislation (JSON-LD)."""

from django import template

from cms.models import SiteSettings
from core.syndication.metadata import json_ld

register = template.Library()

# schema.org LegalForceStatus for each derived state of a document.
LEGAL_FORCE = {
    "in_force": "https://schema.org/InForce",
    "not_yet": "https://schema.org/NotInForce",
    "expired": "https://schema.org/NotInForce",
    "replaced": "https://schema.org/NotInForce",
}


@register.inclusion_tag("documents/includes/meta.html", takes_context=True)
def document_metadata(context, document):
    request = context["request"]
    canonical = request.build_absolute_uri(document.get_absolute_url())
    agency = SiteSettings.load().agency_name
    data = {
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": document.title,
        "legislationIdentifier": document.number,
        "legislationType": document.get_kind_display(),
        "legislationDate": document.issued_on.isoformat(),
        "legislationPassedBy": {"@type": "Organization", "name": document.issuer_name},
        "legislationLegalForce": LEGAL_FORCE[document.force()],
        "abstract": document.summary,
        "inLanguage": "vi",
        "url": canonical,
        # The issuing body publishes the document (a law: the National Assembly); this portal only
        # provides a copy of it.
        "publisher": {"@type": "GovernmentOrganization", "name": document.issuer_name},
        "provider": {"@type": "GovernmentOrganization", "name": agency},
    }
    if document.effective_on:
        data["legislationDateOfApplicability"] = document.effective_on.isoformat()
    if document.expires_on:
        data["expires"] = document.expires_on.isoformat()
    if document.sector_id:
        data["legislationJurisdiction"] = "VN"
        data["about"] = document.sector.name
    if document.signer_name:
        data["author"] = {"@type": "Person", "name": document.signer_name}
    return {"document": document, "canonical": canonical, "agency": agency, "json_ld": json_ld(data)}
