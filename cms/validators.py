"""Form checks shared by every app."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

# C0 controls but tab, newline and carriage return (browsers send text areas with CR LF).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def reject_control_characters(value):
    """Raise ValidationError if the text holds a control character no one types on purpose."""
    found = _CONTROL.search(value or "")
    if found:
        raise forms.ValidationError(
            _("The text contains an invalid control character (code %(code)s). Remove it and send again."),
            code="control_character", params={"code": ord(found.group())},
        )


class PlainTextFormMixin:
    """Refuse control characters in every text field of the form (they break the exports)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                field.validators.append(reject_control_characters)


class PlainTextModelForm(PlainTextFormMixin, forms.ModelForm):
    """A ModelForm (e.g. an admin's form) refusing control characters in its text fields."""
