"""The delete confirmation without the link tables Django creates for many-to-many fields.

Those rows ("Task-person relationship: Task_followers object (1)") carry Python class
names no user knows; they go with the object anyway and say nothing a user can act on.
"""

from django.apps import apps
from django.utils.text import capfirst


def _link_table_names():
    names = set()
    for model in apps.get_models(include_auto_created=True):
        if model._meta.auto_created:
            names.add(str(capfirst(model._meta.verbose_name)))
            names.add(str(model._meta.verbose_name_plural))
    return names


def _without_link_rows(items, names):
    kept = []
    for item in items:
        if isinstance(item, list):
            kept.append(_without_link_rows(item, names))
        elif not any(str(item).startswith(f"{name}:") for name in names):
            kept.append(item)
    return kept


class QuietDeletionMixin:
    """Leave many-to-many link rows out of the admin's delete confirmation."""

    def get_deleted_objects(self, objs, request):
        to_delete, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        names = _link_table_names()
        model_count = {name: count for name, count in model_count.items() if str(name) not in names}
        return _without_link_rows(to_delete, names), model_count, perms_needed, protected
