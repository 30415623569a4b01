"""A public list narrowed by a django-filter FilterSet (/van-ban/, /thu-tuc-hanh-chinh/): the form and the view.

The words box ("q") is matched last, through the search seam (core/search/filters.py); the list
templates show the filters with templates/includes/search_filters.html.
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from core.search import MAX_QUERY_LENGTH


def words_filter(label):
    """Return the words box of a SearchedFilterSetMixin FilterSet: a search input, no longer than a query may be."""
    return django_filters.CharFilter(label=label, method="filter_nothing",
                                     widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_QUERY_LENGTH}))


class FilterForm(forms.Form):
    """The form of a list's filters: the words trimmed and not too long, a range of dates in order."""

    # The fields of the range (a form without them has no range to check).
    date_range = ("tu_ngay", "den_ngay")

    def clean_q(self):
        query = (self.cleaned_data.get("q") or "").strip()
        if len(query) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(_("The query is too long: type at most %(limit)s characters.")
                                        % {"limit": MAX_QUERY_LENGTH})
        return query

    def clean(self):
        cleaned = super().clean()
        start, end = (cleaned.get(name) for name in self.date_range)
        if start and end and start > end:
            raise forms.ValidationError(_("The start date must not be after the end date."))
        return cleaned


class FilteredListView(ListView):
    """A list of filterset_class's results; filters that do not validate list nothing and answer 400."""

    filterset_class = None

    def get_unfiltered_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        self.filterset = self.filterset_class(self.request.GET or None, queryset=self.get_unfiltered_queryset())
        if self.filters_refused():
            return self.filterset.queryset.none()
        return self.filterset.qs

    def filters_refused(self):
        return self.filterset.is_bound and not self.filterset.is_valid()

    def get_context_data(self, **kwargs):
        return super().get_context_data(filterset=self.filterset, **kwargs)

    def render_to_response(self, context, **kwargs):
        if self.filters_refused():
            kwargs["status"] = 400
        return super().render_to_response(context, **kwargs)
