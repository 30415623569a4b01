"""Public pages of the documents register: the list with filters, a document, its files."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from core.files.checks import PDF
from core.files.downloads import file_response, may_preview
from core.filters import FilteredListView
from documents.filters import DocumentFilter
from documents.models import Document, DocumentFile

PAGE_SIZE = 20


class DocumentListView(FilteredListView):
    template_name = "documents/list.html"
    paginate_by = PAGE_SIZE
    filterset_class = DocumentFilter

    def get_unfiltered_queryset(self):
        return Document.objects.published().for_listing()

    def get_context_data(self, **kwargs):
        searched = self.filterset.is_bound and not self.filters_refused()
        query = self.filterset.form.cleaned_data.get("q", "") if searched else ""
        return super().get_context_data(query=query, **kwargs)


class DocumentDetailView(DetailView):
    template_name = "documents/detail.html"
    context_object_name = "document"

    def get_queryset(self):
        return (Document.objects.published().select_related("issuer__unit", "sector", "replaced_by", "signer")
                .prefetch_related("issuer__unit__names"))

    def get_context_data(self, **kwargs):
        document = self.object
        return super().get_context_data(
            files=list(document.files.all()),
            replaces=list(document.replaces.published().only("number", "slug", "kind")),
            replaced_by=document.replaced_by if document.replaced_by and
            document.replaced_by.status == Document.Status.PUBLISHED else None,
            articles=list(document.related_articles.published().only(
                "title", "slug", "published_at", "category_id")),
            **kwargs)


def document_file(request, slug, pk):
    """Send a file of a public document (staff who may view documents also get drafts'): a PDF opens inline."""
    item = get_object_or_404(DocumentFile.objects.select_related("document"), pk=pk, document__slug=slug)
    public = Document.objects.published().filter(pk=item.document_id).exists()
    if not public and not may_preview(request.user, "documents.view_document", "documents.change_document"):
        raise Http404
    return file_response(field_file=item.file, filename=item.original_name or item.file.name.rsplit("/", 1)[-1],
                         content_type=item.content_type, inline=item.kind == PDF and "tai" not in request.GET,
                         public=public)
