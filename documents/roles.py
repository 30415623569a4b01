"""The văn thư's role: keeps the register of documents and posts them."""

from core.roles import Role, model_permissions

CLERK = Role(
    name="Văn thư",
    # Documents reach the register already signed: the văn thư checks the entry and posts it.
    permissions=model_permissions("documents", "document", "documentfile", "issuingbody", "sector")
    + ["documents.view_documenttransition", "documents.approve_document", "documents.publish_document"]
    # Read-only lookups for the form's autocomplete widgets (Django checks view rights on their models).
    + ["organisation.view_unit", "organisation.view_person", "news.view_article"],
    username="vanthu", purpose="Văn thư, sổ văn bản /admin/documents/", family_name="Văn thư",
)
