from django import forms
from django.utils.translation import gettext_lazy as _

# Dates the site can list and link: archive addresses have four-digit years in this range
# (news.urls), and a day range near datetime's limits would overflow.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def check_year(value):
    """Raise ValidationError unless the date's year is in FIRST_YEAR–LAST_YEAR."""
    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise forms.ValidationError(_("Choose a date between 1900 and 2999."), code="year")
    return value


class DayPickerForm(forms.Form):
    """The "Các tin đã đưa ngày" picker: one date typed as dd/mm/yyyy."""

    ngay = forms.DateField(
        label=_("News published on"),
        error_messages={
            "required": _("Enter a date as dd/mm/yyyy."),
            "invalid": _("“%(value)s” is not a date. Enter it as dd/mm/yyyy, e.g. 03/04/2023."),
        },
        widget=forms.DateInput(format="%d/%m/%Y", attrs={
            "placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off",
            "size": 10, "maxlength": 10, "pattern": r"\d{1,2}[/\-]\d{1,2}[/\-]\d{4}|\d{4}-\d{2}-\d{2}",
        }),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Keep the messages as users typed the value, never a Python repr.
        self.fields["ngay"].error_messages["invalid"] = str(self.fields["ngay"].error_messages["invalid"])

    def clean_ngay(self):
        return check_year(self.cleaned_data["ngay"])
