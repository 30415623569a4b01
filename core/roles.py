"""Staff roles as auth groups, and demo accounts that hold them (shared by every section's roles.py)."""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission


@dataclass(frozen=True)
class Role:
    """A section's group, its permissions, and the demo account that holds it."""

    name: str
    permissions: list
    username: str
    purpose: str
    family_name: str
    given_name: str = "(demo)"


def permissions_named(dotted_names):
    """Return the Permission rows for "app_label.codename" names; raise when one is missing."""
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def model_permissions(app_label, *models, actions=("view", "add", "change", "delete")):
    """Return "app.action_model" names for each model and action (a section's plain CRUD rights)."""
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


def ensure_group(*, name, permissions):
    """Create the group when missing and grant it the permissions (never removes what an admin added)."""
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(*permissions_named(permissions))
    return group


def ensure_demo_account(*, username, groups, family_name, given_name, stdout, purpose):
    """Create a staff account in the groups when missing; print its random password once."""
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        return None
    password = secrets.token_urlsafe(12)
    # Django's last_name is the family name (họ và tên đệm), first_name the given name (tên).
    user = User.objects.create_user(username, f"{username}@example.vn", password, is_staff=True,
                                    first_name=given_name, last_name=family_name)
    user.groups.add(*Group.objects.filter(name__in=groups))
    stdout.write(f"Demo account ({purpose}): {username} / {password}  (shown once: note it now)\n")
    return user


def seed_role(role, *, stdout, administrator=None):
    """Ensure one section's role (and the administrator's rights over it) and its demo account."""
    ensure_group(name=role.name, permissions=role.permissions)
    if administrator:
        # The administrator runs every section: it holds each section role's rights too.
        ensure_group(name=administrator, permissions=role.permissions)
    return ensure_demo_account(username=role.username, groups=[role.name], family_name=role.family_name,
                               given_name=role.given_name, stdout=stdout, purpose=role.purpose)
