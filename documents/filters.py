"""Filters of /van-ban/: kind, issuing body, field, year, a range of issue dates, and words."""

import datetime

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.filters import FilterForm, words_filter
from core.search.filters import SearchedFilterSetMixin
from documents.models import Document, IssuingBody, Sector

DATE_ATTRS = {"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off", "size": 10, "maxlength": 10}
DATE_ERRORS = {"invalid": _("Enter a date as dd/mm/yyyy, e.g. 03/04/2023.")}
FIRST_YEAR, LAST_YEAR = 1945, 2100


class DocumentFilter(SearchedFilterSetMixin, django_filters.FilterSet):
    q = words_filter(_("Number, symbol or words of the summary"))
    loai = django_filters.ChoiceFilter(label=_("Kind"), field_name="kind", choices=Document.Kind.choices,
                                       empty_label=pgettext_lazy("document", "All kinds"))
    co_quan = django_filters.ModelChoiceFilter(label=_("Issuing body"), field_name="issuer",
                                               queryset=IssuingBody.objects.all(), to_field_name="slug",
                                               empty_label=_("All issuing bodies"))
    linh_vuc = django_filters.ModelChoiceFilter(label=_("Field"), field_name="sector", queryset=Sector.objects.all(),
                                                to_field_name="slug", empty_label=_("All fields"))
    nam = django_filters.NumberFilter(label=_("Year of issue"), method="filter_year",
                                      widget=forms.NumberInput(attrs={"min": FIRST_YEAR, "max": LAST_YEAR}),
                                      min_value=FIRST_YEAR, max_value=LAST_YEAR)
    tu_ngay = django_filters.DateFilter(label=_("Issued from (dd/mm/yyyy)"), field_name="issued_on", lookup_expr="gte",
                                        widget=forms.DateInput(format="%d/%m/%Y", attrs=DATE_ATTRS),
                                        error_messages=DATE_ERRORS)
    den_ngay = django_filters.DateFilter(label=_("Issued to (dd/mm/yyyy)"), field_name="issued_on", lookup_expr="lte",
                                         widget=forms.DateInput(format="%d/%m/%Y", attrs=DATE_ATTRS),
                                         error_messages=DATE_ERRORS)

    class Meta:
        model = Document
        fields = []
        form = FilterForm

    def filter_year(self, queryset, name, value):
        # A range, not __year: the (status, issued_on) index then serves it.
        year = int(value)
        return queryset.filter(issued_on__gte=datetime.date(year, 1, 1), issued_on__lt=datetime.date(year + 1, 1, 1))
