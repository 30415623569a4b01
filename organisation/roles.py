"""The role that keeps the directory of units and people (tổ chức cán bộ)."""

from core.roles import Role, model_permissions

DIRECTORY_KEEPER = Role(
    name="Tổ chức cán bộ",
    permissions=model_permissions("organisation", "unit", "unitname", "unitevent", "person", "appointment",
                                  "membership")
    # A person's login is chosen through an autocomplete widget: read-only rights on accounts.
    + ["auth.view_user"],
    username="tochuc", purpose="Tổ chức cán bộ, danh bạ /admin/organisation/", family_name="Cán bộ tổ chức",
)
