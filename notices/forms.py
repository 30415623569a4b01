"""Public search forms and the admin's import form, with Vietnamese messages."""

import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from notices.models import Notice, offices

MAX_NAME_QUERY = 100
# Letters (any script), digits, spaces and the punctuation names and numbers hold.
NAME_QUERY_RE = re.compile(r"^[\w\s.,'/()-]*$")


class OfficeChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(queryset=offices(), required=False, empty_label=_("All offices"), **kwargs)

    def label_from_instance(self, obj):
        return obj.short_name or obj.name


class RegisterSearchForm(forms.Form):
    q = forms.CharField(label=_("Name of the person or organisation"), required=False, max_length=MAX_NAME_QUERY,
                        error_messages={"max_length": _("Type at most %(limit_value)d characters of the name.")})
    don_vi = OfficeChoiceField(label=_("Enforcement office"))
    nam = forms.IntegerField(label=_("Year of the decision"), required=False, min_value=2000,
                             error_messages={"invalid": _("Type a year such as 2023.")})

    def clean_q(self):
        query = " ".join(self.cleaned_data["q"].split())
        if not NAME_QUERY_RE.match(query):
            raise forms.ValidationError(_("Type letters and digits only."))
        return query

    def clean_nam(self):
        year = self.cleaned_data["nam"]
        if year is not None and year > timezone.localdate().year:
            raise forms.ValidationError(_("Type a year no later than this one."))
        return year

    def has_criteria(self):
        data = self.cleaned_data
        return bool(data.get("q") or data.get("don_vi") or data.get("nam"))


class NoticeFilterForm(forms.Form):
    STATES = [("", _("All")), ("con-han", _("Open")), ("het-han", _("Expired"))]

    q = forms.CharField(label=_("Words"), required=False, max_length=200)
    loai = forms.ChoiceField(label=pgettext_lazy("kind of notice", "Kind"), required=False,
                             choices=[("", _("All kinds")), *Notice.Kind.choices])
    don_vi = OfficeChoiceField(label=_("Enforcement office"))
    trang_thai = forms.ChoiceField(label=_("Deadline"), required=False, choices=STATES)


class ImportForm(forms.Form):
    office = forms.ModelChoiceField(label=_("Enforcement office"), queryset=offices())
    sheet = forms.FileField(label=_("Excel file (.xlsx)"))
