"""The public forms: send a question or feedback, look a submission up by its code."""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.files.checks import check_citizen_attachment
from core.validators import PlainTextFormMixin
from feedback.codes import normalise
from feedback.models import Field, Submission

PHONE_RE = re.compile(r"^\+?[0-9 .()-]{8,20}$")
MAX_CONTENT = 5000


class SubmissionForm(PlainTextFormMixin, forms.ModelForm):
    """The question form; control characters are refused (they took the answers feed down)."""

    attachment = forms.FileField(
        label=_("Attachment (optional)"), required=False,
        help_text=_("One PDF file or picture (JPEG, PNG), at most %(limit)s MB.")
        % {"limit": settings.FEEDBACK_ATTACHMENT_MAX_BYTES // (1024 * 1024)},
    )
    consent = forms.BooleanField(
        label=_("I agree that the department processes the personal data above to answer me."),
        error_messages={"required": _("Your agreement is needed: without it we cannot process the submission.")},
    )
    # A field people never see: robots that fill every field give themselves away.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    class Meta:
        model = Submission
        fields = ["kind", "name", "email", "phone", "address", "field", "title", "content", "show_name"]
        labels = {
            "kind": _("You are sending"),
            "name": _("Full name"),
            "email": _("E-mail"),
            "phone": _("Phone"),
            "address": _("Address (optional)"),
            "title": _("Title"),
            "content": _("Your question or feedback"),
            "show_name": _("My name may be shown with the published answer"),
        }
        help_texts = {
            "email": _("Give an e-mail or a phone number (or both) so that we can reach you."),
        }
        widgets = {
            "kind": forms.RadioSelect,
            "content": forms.Textarea(attrs={"rows": 8, "maxlength": MAX_CONTENT}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].queryset = Field.objects.all()
        self.fields["field"].empty_label = _("– choose a field –")
        self.fields["content"].max_length = MAX_CONTENT
        self.fields["content"].validators.append(MaxLengthValidator(MAX_CONTENT))
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel")
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE_RE.match(phone):
            raise ValidationError(_("Type a phone number of 8 to 20 digits, e.g. 0912 345 678."))
        return phone

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        return check_citizen_attachment(upload) if upload else None

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("phone") and "email" not in self.errors \
                and "phone" not in self.errors:
            raise ValidationError(_("Give an e-mail or a phone number so that we can reach you."), code="contact")
        return data

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def submission_data(self):
        """Return the model fields of the submission to save."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


NOT_A_CODE = _('This is not a tracking code: it looks like "HD-2026-7K3Q9X".')


class TrackForm(forms.Form):
    ma = forms.CharField(label=_("Tracking code"), max_length=40,
                         help_text=_('As shown when you sent it, e.g. "HD-2026-7K3Q9X".'),
                         error_messages={"max_length": NOT_A_CODE})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ma"].widget.attrs.update(autocomplete="off", autocapitalize="characters", spellcheck="false")

    def clean_ma(self):
        code = normalise(self.cleaned_data["ma"])
        if not code:
            raise ValidationError(NOT_A_CODE, code="format")
        return code


class AnswerSearchForm(forms.Form):
    # Longer queries are refused by core.search with its own message, so no max_length here.
    q = forms.CharField(label=_("Words to look for"), required=False)
    linh_vuc = forms.ModelChoiceField(label=pgettext_lazy("area of work", "Field"), queryset=Field.objects.none(),
                                      required=False, to_field_name="slug", empty_label=_("All fields"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["linh_vuc"].queryset = Field.objects.all()
        self.fields["linh_vuc"].error_messages["invalid_choice"] = _("Choose a field from the list.")
