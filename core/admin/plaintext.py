"""Every admin form refuses control characters in its plain-text fields, and bidi controls in one-line ones.

Hooked into BaseModelAdmin.formfield_for_dbfield, which builds every model field of every
ModelAdmin and inline form: a new admin cannot forget the check. Rich-text fields are left
to their sanitiser (core.richtext); fields declared on a custom admin form get the same
checks from core.validators.PlainTextFormMixin.
"""

import functools

from core.richtext import RichTextField
from core.validators import add_plain_text_validators


def install():
    """Wrap BaseModelAdmin.formfield_for_dbfield so that text form fields get the plain-text checks."""
    from django.contrib.admin.options import BaseModelAdmin

    original = BaseModelAdmin.formfield_for_dbfield
    if getattr(original, "checks_plain_text", False):
        return

    @functools.wraps(original)
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = original(self, db_field, request, **kwargs)
        if formfield is not None and not isinstance(db_field, RichTextField):
            add_plain_text_validators(formfield)
        return formfield

    formfield_for_dbfield.checks_plain_text = True
    BaseModelAdmin.formfield_for_dbfield = formfield_for_dbfield
