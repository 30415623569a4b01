from django import forms
from django.utils.translation import gettext_lazy as _


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
        day = self.cleaned_data["ngay"]
        if day.year < 1900 or day.year > 2999:
            raise forms.ValidationError(_("Choose a date between 1900 and 2999."))
        return day
