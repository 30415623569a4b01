"""The documents' workflow on their change page: one button per step open to the user, as articles have."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from documents import workflow

STEP_LABELS = {
    workflow.APPROVE: pgettext_lazy("document step", "Approve"),
    workflow.PUBLISH: pgettext_lazy("document step", "Publish on the portal"),
    workflow.UNPUBLISH: pgettext_lazy("document step", "Take back to draft"),
}
STEPS = {workflow.APPROVE: workflow.approve, workflow.PUBLISH: workflow.publish,
         workflow.UNPUBLISH: workflow.unpublish}


class DocumentWorkflowMixin:
    """Adds the step buttons to the change page and the view they post to."""

    change_form_template = "admin/documents/document/change_form.html"

    def get_urls(self):
        step = self.admin_site.admin_view(self.step_view)
        return [path("<int:pk>/buoc/<str:action>/", step, name="documents_document_step"), *super().get_urls()]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["workflow_steps"] = [(action, STEP_LABELS[action])
                                         for action in workflow.allowed_actions(request.user, obj)]
            context["document_state"] = obj.get_status_display()
        return super().render_change_form(request, context, add, change, form_url, obj)

    def step_view(self, request, pk, action):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        document = get_object_or_404(self.model, pk=pk)
        if action not in STEPS or not self.has_view_permission(request, document):
            raise PermissionDenied
        try:
            STEPS[action](document=document, by=request.user)
        except workflow.TransitionForbidden as error:
            raise PermissionDenied(str(error)) from error
        except workflow.WorkflowError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Done: the document is now “%(state)s”.")
                             % {"state": document.get_status_display()})
        return redirect("admin:documents_document_change", document.pk)
