"""Meetings in the work area: list, page, finalise and reopen the minutes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from news.models import Category
from youth import services
from youth.exports.pdf import pdf_available
from youth.forms import ReopenForm
from youth.models import is_leader
from youth.permissions import can_finalise, visible_meetings
from youth.views.access import StaffAreaMixin, require_leader


class MeetingListView(StaffAreaMixin, ListView):
    template_name = "youth/meeting_list.html"
    context_object_name = "meetings"
    paginate_by = 30

    def get_queryset(self):
        return visible_meetings(self.request.user).select_related("organiser", "chair")


def _meeting_or_404(user, pk):
    return get_object_or_404(
        visible_meetings(user).select_related("organiser", "chair", "secretary", "article"), pk=pk
    )


def _render_meeting(request, meeting, reopen_form=None, status=200):
    today = timezone.localdate()
    leader = is_leader(request.user)
    context = {
        "meeting": meeting, "today": today, "leader": leader,
        "attendance": meeting.attendance.select_related("person").prefetch_related("person__appointments"),
        "guests": meeting.guests.all(),
        "agenda": meeting.agenda_items.select_related("presenter"),
        "discussions": meeting.discussions.select_related("speaker"),
        "tasks": meeting.tasks.active().with_extension_flag().select_related("lead_person", "lead_unit"),
        "reopenings": meeting.reopenings.select_related("reopened_by"),
        "can_finalise": can_finalise(request.user, meeting) and meeting.state == meeting.State.HELD,
        "reopen_form": (reopen_form or ReopenForm()) if leader and meeting.is_locked else None,
        "pdf_available": pdf_available(),
        "can_draft": can_draft_article(request.user) and meeting.article_id is None,
        "categories": Category.objects.all() if meeting.article_id is None else (),
        "default_category": services.DEFAULT_STORY_CATEGORY_SLUG,
        "can_edit_article": request.user.has_perm("news.change_article"),
    }
    return render(request, "youth/meeting_detail.html", context, status=status)


@login_required
def meeting_detail(request, pk):
    return _render_meeting(request, _meeting_or_404(request.user, pk))


def can_draft_article(user):
    """Return True if user may write a meeting's news story: news writers and leaders."""
    return user.has_perm("news.add_article") or is_leader(user)


@login_required
@require_POST
def draft_article(request, pk):
    """Create the meeting's draft news story (once) and open it for editing."""
    meeting = _meeting_or_404(request.user, pk)
    if not can_draft_article(request.user):
        raise PermissionDenied
    category = None
    if request.POST.get("category"):
        category = Category.objects.filter(slug=request.POST["category"]).first()
        if category is None:
            messages.error(request, _("Choose a category from the list."))
            return _render_meeting(request, meeting, status=400)
    article, created = services.draft_article_from_meeting(meeting=meeting, by=request.user, category=category)
    if created:
        messages.success(request, _("A draft news story was written from the meeting; edit it, then submit it."))
    else:
        messages.info(request, _("This meeting already has its news story."))
    if request.user.has_perm("news.change_article"):
        return redirect("admin:news_article_change", article.pk)
    return redirect(meeting)


@login_required
@require_POST
def finalise(request, pk):
    meeting = _meeting_or_404(request.user, pk)
    try:
        services.finalise_minutes(meeting=meeting, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The minutes are finalised and locked."))
    return redirect(meeting)


@login_required
@require_POST
def reopen(request, pk):
    require_leader(request.user)
    meeting = _meeting_or_404(request.user, pk)
    form = ReopenForm(request.POST)
    if not form.is_valid():
        return _render_meeting(request, meeting, form, status=400)
    try:
        services.reopen_minutes(meeting=meeting, by=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The minutes are reopened."))
    return redirect(meeting)
