"""Form checks shared by every app."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.exportsafe import BIDI_CONTROLS

# C0 controls but tab, newline and carriage return (browsers send text areas with CR LF).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _refuse_control(pattern, value):
    found = pattern.search(value) if isinstance(value, str) else None
    if found:
        raise forms.ValidationError(
            _("The text contains an invalid control character (code %(code)s). Remove it and send again."),
            code="control_character", params={"code": ord(found.group())},
        )


def reject_control_characters(value):
    """Raise ValidationError if the text holds a control character no one types on purpose."""
    _refuse_control(_CONTROL, value)


# One-line fields: line breaks too (a title becomes an e-mail subject; no browser sends them).
_LINE_CONTROL = re.compile("[\x00-\x1f\x7f]")


def reject_line_breaks_and_controls(value):
    """Raise ValidationError if a one-line text holds a line break or another control character."""
    _refuse_control(_LINE_CONTROL, value)


# Names and titles: the right-to-left override and its kin make "Nguyễn" read backwards.
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def reject_bidi_controls(value):
    """Raise ValidationError if a name or title holds a character that reverses or reorders the text."""
    found = _BIDI.search(value) if isinstance(value, str) else None
    if found:
        raise forms.ValidationError(
            _("The text contains an invisible character that changes the direction of the text (U+%(code)s). "
              "Remove it and send again."),
            code="bidi_control", params={"code": f"{ord(found.group()):04X}"},
        )


MULTI_LINE_VALIDATORS = (reject_control_characters,)
ONE_LINE_VALIDATORS = (reject_line_breaks_and_controls, reject_bidi_controls)


def add_plain_text_validators(field):
    """Give a plain-text form field the checks of its kind (once); other fields are left as they are."""
    # JSON and array fields are CharFields whose value is no text.
    if not isinstance(field, forms.CharField) or isinstance(field, forms.JSONField):
        return field
    multi_line = isinstance(field.widget, (forms.Textarea, forms.HiddenInput))
    for validator in MULTI_LINE_VALIDATORS if multi_line else ONE_LINE_VALIDATORS:
        if validator not in field.validators:
            field.validators.append(validator)
    return field


class PlainTextFormMixin:
    """Refuse control characters in every text field of the form (they break the exports and feeds)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            add_plain_text_validators(field)


class PlainTextModelForm(PlainTextFormMixin, forms.ModelForm):
    """A ModelForm (e.g. an admin's form) refusing control characters in its text fields."""
