"""Public pages of the documents register: the list with filters, a document, its files."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from core.files.checks import PDF
from core.files.downloads import file_response, may_preview
from documents.filters import DocumentFilter
from documents.models import Document, DocumentFile

PAGE_SIZE = 20


class DocumentListView(ListView):
    template_name = "documents/list.html"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.filterset = DocumentFilter(self.request.GET or None,
                                        queryset=Document.objects.published().for_listing())
        if self.filterset.is_bound and not self.filterset.is_valid():
            return Document.objects.none()
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        query = self.filterset.form.cleaned_data.get("q", "") if self.filterset.is_bound and \
            self.filterset.is_valid() else ""
        return super().get_context_data(filterset=self.filterset, query=query, **kwargs)

    def render_to_response(self, context, **kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)


class DocumentDetailView(DetailView):
    template_name = "documents/detail.html"
    context_object_name = "document"

    def get_queryset(self):
        return Document.objects.published().select_related("issuer", "sector", "replaced_by", "signer")

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
