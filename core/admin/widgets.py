"""Admin form widgets every app's admin shares: valid HTML and named controls (Nu HTML Checker, axe)."""

import copy

from django.contrib.admin.options import InlineModelAdmin
from django.contrib.admin.widgets import AutocompleteSelect, RelatedFieldWidgetWrapper
from django.db.models.fields import BLANK_CHOICE_DASH
from django.forms import MultiWidget
from django.utils.text import capfirst
from django.utils.translation import gettext as _


class LabelledAutocompleteSelect(AutocompleteSelect):
    """An autocomplete select whose empty choice has a text ("---------", as Django's plain selects).

    Django renders it as <option value=""></option>, which the Nu HTML Checker refuses
    ("option without label must not be empty"); Select2 still shows its placeholder for it.
    """

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        if value == "" and not label:
            label = BLANK_CHOICE_DASH[0][1]
        return super().create_option(name, value, label, selected, index, subindex=subindex, attrs=attrs)


def name_widget(widget, label, *, tabular):
    """Give the inputs a widget draws the accessible names that no <label> gives them."""
    if isinstance(widget, RelatedFieldWidgetWrapper):
        widget = widget.widget
    if isinstance(widget, MultiWidget):
        # A split date and time: the field's <label> points at neither input.
        parts = [_("%(field)s: date"), _("%(field)s: time")]
        for part, subwidget in zip(parts, widget.widgets, strict=False):
            subwidget.attrs.setdefault("aria-label", part % {"field": label})
    elif tabular:
        # A tabular inline's column header is a <th>, not a <label> of each row's input.
        widget.attrs.setdefault("aria-label", label)


def name_fields(form_class, *, tabular):
    """Name the inputs of every field of a form class (declared ones are copied, not changed in place)."""
    for name, field in list(form_class.base_fields.items()):
        field = form_class.base_fields[name] = copy.deepcopy(field)
        name_widget(field.widget, str(capfirst(field.label or name)), tabular=tabular)
    return form_class


class AccessibleAdminMixin:
    """For a ModelAdmin or an inline: labelled empty autocomplete choices and named inputs."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = LabelledAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        return name_fields(super().get_form(request, obj, change=change, **kwargs), tabular=False)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        tabular = isinstance(self, InlineModelAdmin) and self.template.endswith("tabular.html")
        name_fields(formset.form, tabular=tabular)
        return type(formset.__name__, (NamedDeleteFormSetMixin, formset), {}) if tabular else formset


class NamedDeleteFormSetMixin:
    """A tabular formset whose "delete" check boxes are named like their column ("Delete?")."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].widget.attrs.setdefault("aria-label", _("Delete?"))
