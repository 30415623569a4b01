"""Filters of the search page: category and a range of local days typed as dd/mm/yyyy."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from core.filters import FilterForm
from news.forms import check_year
from news.models import Article, Category
from news.search import within_period

DATE_WIDGET_ATTRS = {"placeholder": _("dd/mm/yyyy"), "inputmode": "numeric", "autocomplete": "off", "size": 10,
                     "maxlength": 10}
DATE_ERRORS = {"invalid": _("Enter a date as dd/mm/yyyy, e.g. 03/04/2023.")}


class SearchFilterForm(FilterForm):
    def clean(self):
        # A year out of range is said on its field, and the order of the dates is not checked then.
        for name in self.date_range:
            try:
                check_year(self.cleaned_data.get(name))
            except forms.ValidationError as error:
                self.add_error(name, error)
                return self.cleaned_data
        return super().clean()


class SearchFilter(django_filters.FilterSet):
    chuyen_muc = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=Category.objects.all(), to_field_name="slug",
        empty_label=_("All categories"), method="filter_chuyen_muc",
    )
    tu_ngay = django_filters.DateFilter(
        label=_("From (dd/mm/yyyy)"), method="filter_period",
        widget=forms.DateInput(format="%d/%m/%Y", attrs=DATE_WIDGET_ATTRS), error_messages=DATE_ERRORS,
    )
    den_ngay = django_filters.DateFilter(
        label=_("To (dd/mm/yyyy)"), method="filter_period",
        widget=forms.DateInput(format="%d/%m/%Y", attrs=DATE_WIDGET_ATTRS), error_messages=DATE_ERRORS,
    )

    class Meta:
        model = Article
        fields = []
        form = SearchFilterForm

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        return within_period(queryset, date_from=data.get("tu_ngay"), date_to=data.get("den_ngay"))

    def filter_period(self, queryset, name, value):
        # Both ends are applied together in filter_queryset (day boundaries are local).
        return queryset

    def filter_chuyen_muc(self, queryset, name, value):
        return queryset.filter(category=value) if value else queryset
