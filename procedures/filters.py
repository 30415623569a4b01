"""Filters of /thu-tuc-hanh-chinh/: field, and words with or without diacritics."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.filters import FilterForm, words_filter
from core.search.filters import SearchedFilterSetMixin
from documents.models import Sector
from procedures.models import Procedure


class ProcedureFilter(SearchedFilterSetMixin, django_filters.FilterSet):
    q = words_filter(_("Name, code or words"))
    linh_vuc = django_filters.ModelChoiceFilter(label=_("Field"), field_name="sector", to_field_name="slug",
                                                queryset=Sector.objects.filter(procedures__isnull=False).distinct(),
                                                empty_label=_("All fields"))

    class Meta:
        model = Procedure
        fields = []
        form = FilterForm
