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


# One-line fields: line breaks too (a title becomes an e-mail subject; no browser sends them).
_LINE_CONTROL = re.compile("[\x00-\x1f\x7f]")


def reject_line_breaks_and_controls(value):
    """Raise ValidationError if a one-line text holds a line break or another control character."""
    found = _LINE_CONTROL.search(value or "")
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
                multi_line = isinstance(field.widget, (forms.Textarea, forms.HiddenInput))
                field.validators.append(reject_control_characters if multi_line
                                        else reject_line_breaks_and_controls)


class PlainTextModelForm(PlainTextFormMixin, forms.ModelForm):
    """A ModelForm (e.g. an admin's form) refusing control characters in its text fields."""
