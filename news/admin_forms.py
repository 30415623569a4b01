"""Forms of the article admin: the edit form with its concurrency token, workflow steps, attachments."""

from types import SimpleNamespace

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.files.checks import clean_attachment
from core.validators import PlainTextFormMixin
from news import versions
from news.forms import check_year
from news.models import Article, Attachment


class ArticleAdminForm(PlainTextFormMixin, forms.ModelForm):
    """The article form; refuses a save when someone else saved since it was opened."""

    base_revision = forms.IntegerField(
        widget=forms.HiddenInput, min_value=0,
        error_messages={"required": _("The form is incomplete; open the article again.")},
    )

    class Meta:
        model = Article
        # The workflow fields (status, published_at, author, revision) are never edited here.
        fields = ["title", "slug", "category", "summary", "body", "cover", "cover_caption", "byline", "featured"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["base_revision"].initial = self.instance.revision
        if self.instance.pk is None:
            self.fields["base_revision"].required = False
        self.conflict = None

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or "base_revision" not in cleaned:
            return cleaned
        # Locked until the admin's transaction ends, so no save slips in between (PostgreSQL).
        current = Article.objects.select_for_update().get(pk=self.instance.pk)
        base = cleaned["base_revision"]
        if base != current.revision:
            self.conflict = conflict_details(current=current, base_revision=base, mine=SimpleNamespace(**cleaned))
            # The next save from this form replaces what the user has now seen.
            self.data = self.data.copy()
            self.data[self.add_prefix("base_revision")] = current.revision
            raise ValidationError(
                _("Someone else saved this article after you opened it (see what changed below). "
                  "Your text is kept in the form and has not been saved: merge it with their changes "
                  "if needed, then save again."), code="conflict")
        return cleaned


def conflict_details(*, current, base_revision, mine):
    """Return what changed between the version the user started from and the stored one."""
    base = current.history.filter(revision=base_revision).order_by("-history_id").first()
    last = current.history.order_by("-history_id").select_related("history_user").first()
    return {
        "changes": versions.compare(base, current) if base is not None else versions.compare(mine, current),
        "against_mine": base is None,
        "by": last.history_user if last else None,
        "at": last.history_date if last else current.updated_at,
    }


class TransitionForm(PlainTextFormMixin, forms.Form):
    """The revision read, the optional reason and publication time of a workflow step."""

    revision = forms.IntegerField(
        widget=forms.HiddenInput, min_value=0,
        error_messages={"required": _("The form is incomplete; open the article again."),
                        "invalid": _("The form is incomplete; open the article again.")},
    )
    reason = forms.CharField(label=_("Reason"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2, "cols": 60}))
    publish_at = forms.DateTimeField(
        label=_("Publish at"), required=False, help_text=_("dd/mm/yyyy hh:mm; left empty, now."),
        error_messages={"invalid": _("Enter the publication time as dd/mm/yyyy hh:mm, e.g. 03/04/2023 08:00.")},
        widget=forms.DateTimeInput(format="%d/%m/%Y %H:%M", attrs={"placeholder": _("dd/mm/yyyy hh:mm"), "size": 16}),
    )


    def clean_publish_at(self):
        value = self.cleaned_data["publish_at"]
        # The article's address carries the year; keep it within what news.urls accepts.
        return check_year(value)


class AttachmentFormField(forms.FileField):
    """A file field that accepts only what clean_attachment() accepts."""

    def to_python(self, data):
        data = super().to_python(data)
        return None if data is None else clean_attachment(data)


class AttachmentForm(forms.ModelForm):
    file = AttachmentFormField(label=_("File"), help_text=_("PDF, DOCX, XLSX or a picture; at most 20 MB."))

    class Meta:
        model = Attachment
        fields = ["title", "file", "position"]
