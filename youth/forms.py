"""Forms of the work area; dates are typed dd/mm/yyyy and nothing else."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.validators import PlainTextFormMixin
from youth import task_versions
from youth.models import Person, ProgressReport, Target, Task

DMY = ["%d/%m/%Y"]
# Django's own Vietnamese messages for these are awkward ("Nhập một số tổng thể"); ours are plain.
PERCENT_ERRORS = {
    "invalid": _("Enter a whole number from 0 to 100."),
    "min_value": _("Enter a whole number from 0 to 100."),
    "max_value": _("Enter a whole number from 0 to 100."),
}
AMOUNT_ERRORS = {"invalid": _("Enter a number."), "min_value": _("Enter a number zero or greater.")}


def capitalise_labels(form):
    """Start every label with a capital letter, as the admin does (model verbose names are lowercase)."""
    for field in form.fields.values():
        if field.label:
            field.label = capfirst(field.label)
    return form


class CapitalisedLabelsMixin(PlainTextFormMixin):
    """Capitalised labels; text fields refuse control characters (they would break the exports)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        capitalise_labels(self)


class DMYDateField(forms.DateField):
    """A date typed as dd/mm/yyyy, refused in any other form."""

    default_error_messages = {"invalid": _("Enter a date in the form dd/mm/yyyy.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DMY)
        kwargs.setdefault("widget", forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": _("dd/mm/yyyy")}))
        super().__init__(**kwargs)


class TaskForm(CapitalisedLabelsMixin, forms.ModelForm):
    start_date = DMYDateField(label=_("start date"))
    deadline = DMYDateField(label=_("deadline"), required=False)
    assigner = forms.ModelChoiceField(
        label=_("assigned by"), queryset=Person.objects.all(), required=False,
        help_text=_("The meeting's chair when the task comes from a meeting; otherwise you."),
    )

    # The edit's concurrency token, and what the form showed when opened (signed; to show what changed since).
    base_revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)
    base_values = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Task
        fields = ["meeting", "group", "order", "title", "description", "assigner", "lead_unit", "lead_person",
                  "coordinating_units", "followers", "start_date", "deadline", "priority"]
        # Checkboxes: several units or people are picked with a tap each, no Ctrl-click.
        widgets = {"description": forms.Textarea(attrs={"rows": 4}),
                   "coordinating_units": forms.CheckboxSelectMultiple,
                   "followers": forms.CheckboxSelectMultiple}

    def __init__(self, *args, assigner=None, **kwargs):
        super().__init__(*args, **kwargs)
        meeting = self.initial.get("meeting")
        chair = getattr(meeting, "chair", None)
        self.fields["assigner"].initial = chair or assigner
        for name in ("coordinating_units", "followers"):
            self.fields[name].help_text = ""  # Django's "hold down Control" advice does not apply to checkboxes
        self.conflict = None
        if self.instance.pk is None:
            del self.fields["base_revision"], self.fields["base_values"]
        else:
            self.fields["base_revision"].required = True
            self.fields["base_revision"].error_messages["required"] = _("The form is incomplete; open the task again.")
            self.fields["base_revision"].initial = self.instance.revision
            self.fields["base_values"].initial = task_versions.sign(task_versions.snapshot(self.instance))
        if self.instance.pk and self.instance.completed_on:
            # A completed task's timeliness is judged on its deadline: it no longer moves at all.
            self.fields["deadline"].disabled = True
            self.fields["deadline"].help_text = _("The task has been reported complete: its deadline is kept.")
        elif self.instance.pk and self.instance.deadline:
            # Moving a set deadline is an extension, with its reason, on the task's page.
            self.fields["deadline"].disabled = True
            self.fields["deadline"].help_text = _("To move the deadline, use “Extend the deadline” on the "
                                                  "task's page: the reason is kept.")

    def show_conflict(self, *, current):
        """Refuse this form's save after a rival one: note what changed since it was opened, renew its tokens.

        The next save from the re-shown form then knowingly replaces what the user has now seen.
        """
        self.add_error(None, task_versions.note_conflict(self, current=current))


class TargetForm(CapitalisedLabelsMixin, forms.ModelForm):
    target_value = forms.DecimalField(label=_("target value"), min_value=0, max_digits=12, decimal_places=2,
                                      required=False, error_messages=AMOUNT_ERRORS)

    class Meta:
        model = Target
        fields = ["metric", "unit", "target_value"]


TargetFormSet = forms.formset_factory(TargetForm, extra=3, max_num=20)
# Editing a task: its targets prefilled, one empty row to add another (more with "Thêm chỉ tiêu").
# No deletion here: a target's readings are the history of the reports.
TaskTargetsFormSet = forms.inlineformset_factory(Task, Target, form=TargetForm, extra=1, max_num=20,
                                                 can_delete=False)


class ExtendForm(CapitalisedLabelsMixin, forms.Form):
    new_deadline = DMYDateField(label=_("new deadline"), error_messages={"required": _("Enter the new deadline.")})
    reason = forms.CharField(label=_("reason for the extension"), widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": _("Give the reason for the extension.")})

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Give the reason for the extension."))
        return reason


class CancelForm(CapitalisedLabelsMixin, forms.Form):
    reason = forms.CharField(label=_("reason for cancelling"), widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": _("Give the reason for cancelling the task.")})

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Give the reason for cancelling the task."))
        return reason


class ProgressForm(PlainTextFormMixin, forms.Form):
    reported_on = DMYDateField(label=_("report date"))
    percent = forms.IntegerField(label=_("percent complete"), min_value=0, max_value=100,
                                 error_messages=PERCENT_ERRORS)
    outlook = forms.ChoiceField(label=_("outlook"), choices=ProgressReport.Outlook.choices)
    narrative = forms.CharField(label=_("narrative"), required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, task, **kwargs):
        super().__init__(*args, **kwargs)
        capitalise_labels(self)
        self.targets = list(task.targets.all())
        for target in self.targets:
            label = f"{target.metric} ({target.unit})" if target.unit else target.metric
            self.fields[f"target_{target.pk}"] = forms.DecimalField(
                label=label, min_value=0, max_digits=12, decimal_places=2, required=False,
                initial=target.actual_value, error_messages=AMOUNT_ERRORS,
            )

    def actual_values(self):
        """Return {target id: value} for the targets given a value."""
        return {
            target.pk: self.cleaned_data[f"target_{target.pk}"]
            for target in self.targets
            if self.cleaned_data.get(f"target_{target.pk}") is not None
        }


class ReopenForm(CapitalisedLabelsMixin, forms.Form):
    reason = forms.CharField(label=_("reason for reopening"), widget=forms.Textarea(attrs={"rows": 3}))

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Give the reason for reopening the minutes."))
        return reason


class PeriodForm(CapitalisedLabelsMixin, forms.Form):
    start = DMYDateField(label=pgettext_lazy("period", "from"))
    end = DMYDateField(label=pgettext_lazy("period", "to"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            raise ValidationError({"end": _("The end of the period cannot be before its start.")})
        return cleaned
