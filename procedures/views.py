"""Public pages of the administrative procedures: the list, a procedure, its forms."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from core.files.checks import CONTENT_TYPES
from core.files.downloads import file_response, may_preview
from core.filters import FilteredListView
from procedures.filters import ProcedureFilter
from procedures.models import Procedure, ProcedureForm


class ProcedureListView(FilteredListView):
    template_name = "procedures/list.html"
    paginate_by = 30
    filterset_class = ProcedureFilter

    def get_unfiltered_queryset(self):
        return Procedure.objects.published().select_related("sector")


class ProcedureDetailView(DetailView):
    template_name = "procedures/detail.html"
    context_object_name = "procedure"

    def get_queryset(self):
        return Procedure.objects.published().select_related("sector").prefetch_related("forms")


def form_file(request, slug, pk):
    """Send a form of a public procedure as a download (staff who may view procedures also get others')."""
    item = get_object_or_404(ProcedureForm.objects.select_related("procedure"), pk=pk, procedure__slug=slug)
    public = Procedure.objects.published().filter(pk=item.procedure_id).exists()
    if not public and not may_preview(request.user, "procedures.view_procedure", "procedures.change_procedure"):
        raise Http404
    return file_response(field_file=item.file, filename=item.original_name or item.file.name.rsplit("/", 1)[-1],
                         content_type=CONTENT_TYPES.get(item.kind, "application/octet-stream"), public=public)
