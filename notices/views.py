"""Public pages: the register of debtors without conditions, and the enforcement notices."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView

from core.files.downloads import file_response
from core.search import QueryError, ranked_page, search
from core.security import ratelimit
from legal.deadlines import rule_for
from legal.models import LegalBasis, Topic
from notices.forms import NoticeFilterForm, RegisterSearchForm
from notices.models import Debtor, Notice, NoticeAttachment

PAGE_SIZE = 20
# Searches of the register per address: enough for a person, too few to copy the register.
SEARCH_LIMIT, SEARCH_PERIOD = 30, 600
SEARCH_COUNT_CAP = 1000


@never_cache
def register(request):
    """Search the register by name, office and year; never a list of everyone, never indexed."""
    form = RegisterSearchForm(request.GET or None)
    today = timezone.localdate()
    # The explanation cites the law in force on the day shown, not the law the page was written under.
    context = {"form": form, "page_obj": None, "today": today,
               "register_bases": LegalBasis.objects.for_topic(Topic.DEBTOR_REGISTER, on=today),
               "update_rule": rule_for(Topic.DEBTOR_REGISTER, on=today),
               "privacy_bases": LegalBasis.objects.for_topic(Topic.PERSONAL_DATA, on=today)}
    status = 200
    if request.GET and not ratelimit.hit(request, scope="register-search", limit=SEARCH_LIMIT, period=SEARCH_PERIOD):
        context["limited"] = True
        status = 429
    elif form.is_bound and form.is_valid() and form.has_criteria():
        entries = (Debtor.objects.public(today=today).select_related("office").prefetch_related("office__names")
                   .defer("search_exact", "search_folded"))
        data = form.cleaned_data
        if data["don_vi"]:
            entries = entries.filter(office=data["don_vi"])
        if data["nam"]:
            entries = entries.filter(decision_date__year=data["nam"])
        if data["q"]:
            # Best matches first, read level by level; a common surname is counted up to the cap only.
            try:
                context["page_obj"] = ranked_page(entries, data["q"], number=request.GET.get("page"),
                                                  per_page=PAGE_SIZE, count_cap=SEARCH_COUNT_CAP)
            except QueryError:
                form.add_error("q", _("Type at least one letter or digit of the name."))
        else:
            context["page_obj"] = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    elif form.is_bound and not form.errors:
        form.add_error(None, _("Type a name, or choose an office or a year."))
    if form.is_bound and form.errors:
        status = 400
    response = render(request, "notices/register.html", context, status=status)
    # Personal data: search engines must not copy these pages (the meta tag says it too).
    response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
    return response


class NoticeListView(ListView):
    template_name = "notices/notice_list.html"
    paginate_by = PAGE_SIZE

    def get(self, request, *args, **kwargs):
        self.form = NoticeFilterForm(request.GET or None)
        self.form.is_valid()
        response = super().get(request, *args, **kwargs)
        if self.form.errors:
            response.status_code = 400
        return response

    def get_queryset(self):
        notices = (Notice.objects.published().select_related("office").prefetch_related("office__names")
                   .defer("body", "search_exact", "search_folded"))
        data = getattr(self.form, "cleaned_data", {})
        if data.get("loai"):
            notices = notices.filter(kind=data["loai"])
        if data.get("don_vi"):
            notices = notices.filter(office=data["don_vi"])
        if data.get("trang_thai") == "con-han":
            notices = notices.open()
        elif data.get("trang_thai") == "het-han":
            notices = notices.expired()
        if data.get("q"):
            try:
                notices = search(notices, data["q"])
            except QueryError:
                self.form.add_error("q", _("Type at least one letter or digit."))
        return notices

    def get_context_data(self, **kwargs):
        query = self.request.GET.copy()
        query.pop("page", None)
        return super().get_context_data(form=self.form, query=query.urlencode(), today=timezone.localdate(),
                                        kinds=Notice.Kind.choices, **kwargs)


class NoticeDetailView(DetailView):
    template_name = "notices/notice_detail.html"
    context_object_name = "notice"

    def get_queryset(self):
        return Notice.objects.published().select_related("office").prefetch_related("attachments", "office__names")

    def get_context_data(self, **kwargs):
        return super().get_context_data(today=timezone.localdate(), **kwargs)


def attachment(request, pk):
    """Serve a notice's PDF once the notice is public (staff who may edit notices see drafts' files)."""
    item = get_object_or_404(NoticeAttachment.objects.select_related("notice"), pk=pk)
    public = Notice.objects.published().filter(pk=item.notice_id).exists()
    if not public and not request.user.has_perm("notices.change_notice"):
        raise Http404
    return file_response(field_file=item.file, filename=f"{item.title or 'thong-bao'}.pdf",
                         content_type="application/pdf", inline=True, public=public)


def kind_or_404(kind):
    """Return the Notice.Kind named in a URL, or raise Http404."""
    if kind not in Notice.Kind.values:
        raise Http404
    return Notice.Kind(kind)
