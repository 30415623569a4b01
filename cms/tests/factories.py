"""Builders for the tests of accounts and their admin forms."""

ADMINISTRATOR = "Quản trị"


def change_data(user, **changes):
    """Return the POST data of the user's admin change form as shown, with changes."""
    data = {
        "username": user.username, "first_name": user.first_name, "last_name": user.last_name,
        "email": user.email, "is_active": "on" if user.is_active else "",
        "is_staff": "on" if user.is_staff else "",
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
        "user_permissions": [str(pk) for pk in user.user_permissions.values_list("pk", flat=True)],
        "last_login_0": "", "last_login_1": "", "date_joined_0": "01/01/2026", "date_joined_1": "08:00:00",
    }
    if user.is_superuser:
        data["is_superuser"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}
