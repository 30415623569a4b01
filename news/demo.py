"""Demo accounts for the editorial roles, used by cms's seed_demo command."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from news import roles

DEMO_ACCOUNTS = [
    ("phongvien", roles.WRITER, "Phóng viên (demo)"),
    ("bientapvien", roles.EDITOR, "Biên tập viên (demo)"),
    ("lanhdao", roles.APPROVER, "Lãnh đạo duyệt tin (demo)"),
    ("quantri", roles.ADMINISTRATOR, "Quản trị (demo)"),
]


def seed_role_accounts(*, stdout):
    """Create one staff account per role when missing; print each new random password once."""
    User = get_user_model()
    created = []
    for username, role, full_name in DEMO_ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        group = Group.objects.filter(name=role).first()
        if group is None:
            stdout.write(f"role {role!r} is missing: run the migrations first\n")
            continue
        password = secrets.token_urlsafe(12)
        # Django's last_name holds the family name (họ và tên đệm), first_name the given name (tên).
        family, _sep, given = full_name.rpartition(" ")
        user = User.objects.create_user(username, f"{username}@example.vn", password, is_staff=True,
                                        first_name=given, last_name=family)
        user.groups.add(group)
        created.append(username)
        stdout.write(f"Demo account ({role}): {username} / {password}  (shown once: note it now)\n")
    return created
