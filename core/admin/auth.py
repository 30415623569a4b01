"""The admin of accounts and groups, closed to privilege escalation.

Django's stock UserAdmin lets anyone holding auth.change_user tick "superuser" or
hand out any permission, so the "Quản trị" role could raise itself above every
other role. Here a non-superuser may only give what it holds itself, never the
superuser flag, and may not touch a superuser's account or set the password of an
account that holds more than it does (that would be a take-over). Nor may it rename
or edit a group holding a permission it lacks: roles are permissions, and a group's
name grants nothing, but a group beyond its holder is not its holder's to reshape.
"""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

User = get_user_model()

GROUP_BEYOND_YOU = _("This group holds permissions your account does not have, so only an account holding "
                     "all of them (or a superuser) may rename or change it.")


def held_permissions(user):
    """Return the Permission rows the user holds, directly or through groups."""
    if user.is_superuser:
        return Permission.objects.all()
    held = Q(pk__in=[])
    for dotted in user.get_all_permissions():
        app_label, codename = dotted.split(".", 1)
        held |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(held)


def permissions_of(user):
    """Return the Permission rows an account holds, whether or not it is active."""
    return Permission.objects.filter(Q(user=user) | Q(group__user=user)).distinct()


def grantable_groups(user):
    """Return the groups whose every permission the user holds."""
    if user.is_superuser:
        return Group.objects.all()
    beyond = Permission.objects.exclude(pk__in=held_permissions(user))
    return Group.objects.exclude(permissions__in=beyond)


def exceeds(actor, target):
    """Return True if the target account holds rights the actor does not."""
    if actor.is_superuser:
        return False
    if target.is_superuser:
        return True
    return permissions_of(target).exclude(pk__in=held_permissions(actor)).exists()


class ScopedUserAdmin(UserAdmin):
    """The stock user admin, limited to what the signed-in user may grant."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields.append("is_superuser")
        return fields

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if request.user.is_superuser:
            return form
        # What the account already has stays selectable, so editing it loses nothing;
        # anything new must be within the editor's own rights.
        fields = form.base_fields
        if "user_permissions" in fields:
            current = permissions_of_user_directly(obj)
            fields["user_permissions"].queryset = (
                held_permissions(request.user) | current
            ).distinct().select_related("content_type")
        if "groups" in fields:
            current = obj.groups.all() if obj is not None else Group.objects.none()
            fields["groups"].queryset = (grantable_groups(request.user) | current).distinct()
        return form

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def user_change_password(self, request, id, form_url=""):
        target = self.get_object(request, id)
        if target is not None and exceeds(request.user, target):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)


def permissions_of_user_directly(user):
    """Return the permissions given to the account itself (not through groups)."""
    if user is None:
        return Permission.objects.none()
    return user.user_permissions.all()


def group_exceeds(actor, group):
    """Return True if the group holds a permission the actor does not."""
    if actor.is_superuser:
        return False
    return group.permissions.exclude(pk__in=held_permissions(actor)).exists()


class ScopedGroupAdmin(GroupAdmin):
    """The stock group admin; a non-superuser adds only permissions it holds, to groups within its own."""

    def has_change_permission(self, request, obj=None):
        if obj is not None and group_exceeds(request.user, obj):
            return False
        return super().has_change_permission(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        group = self.get_object(request, object_id)
        if group is not None and group_exceeds(request.user, group):
            if request.method == "POST":
                raise PermissionDenied(GROUP_BEYOND_YOU)
            # The page is shown read-only; say why rather than leave the fields greyed out unexplained.
            self.message_user(request, GROUP_BEYOND_YOU, messages.WARNING)
        return super().change_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if not request.user.is_superuser and "permissions" in form.base_fields:
            current = obj.permissions.all() if obj is not None else Permission.objects.none()
            form.base_fields["permissions"].queryset = (
                held_permissions(request.user) | current
            ).distinct().select_related("content_type")
        return form


admin.site.unregister(User)
admin.site.register(User, ScopedUserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, ScopedGroupAdmin)
