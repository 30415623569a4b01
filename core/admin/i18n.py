"""The admin's yes/no icons say "Có" / "Không" to screen readers instead of Python's True / False."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext

ICONS = {True: ("yes", "Yes"), False: ("no", "No"), None: ("unknown", "Unknown")}


def boolean_icon(field_val):
    """Return the admin's boolean icon with a translated text alternative."""
    name, word = ICONS[field_val]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{name}.svg"), gettext(word))


def install():
    """Use boolean_icon() wherever the admin draws a boolean (Django writes alt="True" itself)."""
    from django.contrib.admin.templatetags import admin_list

    # Every caller (list cells, read-only fields) imports it from admin_list at call time.
    admin_list._boolean_icon = boolean_icon
