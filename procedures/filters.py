"""Filters of /thu-tuc-hanh-chinh/: field, and words with or without diacritics."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from core.search import MAX_QUERY_LENGTH
from core.search.filters import SearchedFilterSetMixin
from documents.models import Sector
from procedures.models import Procedure


class ProcedureFilterForm(forms.Form):
    def clean_q(self):
        query = (self.cleaned_data.get("q") or "").strip()
        if len(query) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(_("The query is too long: type at most %(limit)s characters.")
                                        % {"limit": MAX_QUERY_LENGTH})
        return query


class ProcedureFilter(SearchedFilterSetMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Name, code or words"), method="filter_nothing",
                                  widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_QUERY_LENGTH}))
    linh_vuc = django_filters.ModelChoiceFilter(label=_("Field"), field_name="sector", to_field_name="slug",
                                                queryset=Sector.objects.filter(procedures__isnull=False).distinct(),
                                                empty_label=_("All fields"))

    class Meta:
        model = Procedure
        fields = []
        form = ProcedureFilterForm
