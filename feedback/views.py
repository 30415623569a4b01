"""Public pages: the answers, one answer, the submission form and the tracking page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView

from core.failures import readonly
from core.failures.diskfull import StorageFull, storage_full_message
from core.files.downloads import file_response
from core.search import MAX_QUERY_LENGTH, QueryError, search
from core.security import ratelimit
from feedback import services
from feedback.forms import AnswerSearchForm, SubmissionForm, TrackForm
from feedback.models import Submission

SUBMIT_SCOPE = "feedback-submit"
TRACK_SCOPE = "feedback-track"
SESSION_KEY = "feedback_code"
QUERY_ERRORS = {
    "too_long": gettext_lazy("The query is too long: type at most %(limit)s characters."),
    "no_words": gettext_lazy("The query has no letters or digits to look for. Type one or more words."),
}


class AnswerListView(ListView):
    """Published answers, newest first, filtered by field and searched without diacritics."""

    template_name = "feedback/answer_list.html"
    context_object_name = "answers"
    paginate_by = 15

    def get_queryset(self):
        self.form = AnswerSearchForm(self.request.GET or None)
        queryset = (Submission.objects.published().select_related("field").defer("search_exact", "search_folded")
                    .order_by("-published_at", "-pk"))
        if not self.form.is_valid():
            return queryset.none() if self.form.is_bound else queryset
        if self.form.cleaned_data["linh_vuc"]:
            queryset = queryset.filter(field=self.form.cleaned_data["linh_vuc"])
        try:
            # Matches best first (words in the title, then as typed with diacritics), newest next.
            return search(queryset, self.form.cleaned_data["q"])
        except QueryError as error:
            if error.code != "empty":
                self.form.add_error("q", str(QUERY_ERRORS[error.code]) % {"limit": MAX_QUERY_LENGTH})
                return queryset.none()
        return queryset

    def render_to_response(self, context, **kwargs):
        status = 400 if self.form.is_bound and not self.form.is_valid() else 200
        return super().render_to_response(context, status=status, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class AnswerView(DetailView):
    template_name = "feedback/answer.html"
    context_object_name = "submission"

    def get_queryset(self):
        return Submission.objects.published().select_related("field")


def _limits():
    return settings.FEEDBACK_SUBMISSIONS_PER_HOUR, 3600


@never_cache
def submit(request):
    """Show the form; on a valid post save the submission and show its tracking code."""
    limit, period = _limits()
    form = SubmissionForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if ratelimit.is_limited(request, scope=SUBMIT_SCOPE, limit=limit, period=period):
            messages_now = _("You have sent %(limit)s submissions in the last hour, the most we accept from one "
                             "address. Your text is kept below: please send it again later, or call us.")
            form.add_error(None, messages_now % {"limit": limit})
            status = 429
        elif form.is_spam:
            form.add_error("website", _("Leave this field empty to send the form."))
            status = 400
        elif form.is_valid():
            try:
                submission = services.submit(data=form.submission_data(),
                                             attachment=form.cleaned_data["attachment"])
            except StorageFull:
                # The text is kept in the form; the file must be chosen again (or left out).
                form.add_error(None, storage_full_message())
                status = 507
            except DatabaseError as error:
                if not readonly.is_read_only_error(error):
                    raise
                form.add_error(None, readonly.read_only_message())
                status = 503
            else:
                ratelimit.record(request, scope=SUBMIT_SCOPE, period=period)
                request.session[SESSION_KEY] = submission.code
                return redirect("feedback:sent")
        else:
            status = 400
    response = render(request, "feedback/submit.html", {
        "form": form, "retention_years": settings.FEEDBACK_RETENTION_YEARS, "today": timezone.localdate(),
        "working_days": settings.FEEDBACK_ANSWER_WORKING_DAYS,
    }, status=status)
    if status == 503:
        readonly.unavailable(response)
    return response


@never_cache
def sent(request):
    """Show the tracking code of the submission just sent (once, from the session)."""
    code = request.session.get(SESSION_KEY)
    if not code:
        return redirect("feedback:submit")
    submission = Submission.objects.filter(code=code).only("code", "email", "due_on").first()
    if submission is None:
        return redirect("feedback:submit")
    return render(request, "feedback/sent.html", {"submission": submission})


@never_cache
def track(request):
    """Show the status of the submission with the typed code, and nothing about anyone else's."""
    form = TrackForm(request.GET or None)
    context = {"form": form}
    status = 200
    if form.is_bound:
        if not ratelimit.hit(request, scope=TRACK_SCOPE, limit=settings.FEEDBACK_LOOKUPS_PER_HOUR, period=3600):
            form.add_error(None, _("Too many look-ups from your address in the last hour. Please try again later."))
            status = 429
        elif form.is_valid():
            # One query whatever the code: a missing code and an expired one look the same. The contact
            # fields are loaded (never shown) because the redaction of the shown texts hides them.
            found = (Submission.objects.trackable().select_related("field", "unit")
                     .filter(code=form.cleaned_data["ma"]).first())
            context["submission"] = found
            context["searched"] = True
            status = 200 if found else 404
        else:
            status = 400
    response = render(request, "feedback/track.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


@staff_member_required
def attachment(request, pk):
    """Hand a submission's attachment to staff who may see submissions."""
    if not request.user.has_perm("feedback.view_submission"):
        raise Http404
    submission = get_object_or_404(Submission, pk=pk)
    if not submission.attachment:
        raise Http404
    try:
        # A citizen's file is personal data: never kept by a shared cache.
        return file_response(field_file=submission.attachment,
                             filename=submission.attachment.name.rsplit("/", 1)[-1], public=False)
    except Http404:
        messages.error(request, _("The attachment file is missing."))
        raise
