"""Public pages of the administrative procedures: the list, a procedure, its forms."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from news.attachments import content_disposition
from procedures.filters import ProcedureFilter
from procedures.models import Procedure, ProcedureForm


class ProcedureListView(ListView):
    template_name = "procedures/list.html"
    paginate_by = 30

    def get_queryset(self):
        self.filterset = ProcedureFilter(self.request.GET or None,
                                         queryset=Procedure.objects.published().select_related("sector"))
        if self.filterset.is_bound and not self.filterset.is_valid():
            return Procedure.objects.none()
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(filterset=self.filterset, **kwargs)

    def render_to_response(self, context, **kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)


class ProcedureDetailView(DetailView):
    template_name = "procedures/detail.html"
    context_object_name = "procedure"

    def get_queryset(self):
        return Procedure.objects.published().select_related("sector").prefetch_related("forms")


def form_file(request, slug, pk):
    """Send a form of a published procedure as a download."""
    item = get_object_or_404(ProcedureForm.objects.select_related("procedure"), pk=pk, procedure__slug=slug,
                             procedure__is_published=True)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    from cms.filecheck import CONTENT_TYPES

    response = FileResponse(handle, content_type=CONTENT_TYPES.get(item.kind, "application/octet-stream"))
    response["Content-Disposition"] = content_disposition(item.original_name or item.file.name.rsplit("/", 1)[-1])
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
