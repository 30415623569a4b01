"""The role that keeps the leaders' weekly work schedule."""

from core.roles import Role, model_permissions

SCHEDULER = Role(
    name="Lịch công tác",
    # The chair and preparing-unit widgets look up the directory: read-only rights on it.
    permissions=model_permissions("schedule", "entry") + ["organisation.view_person", "organisation.view_unit"],
    username="lichcongtac", purpose="Lịch công tác /admin/schedule/", family_name="Cán bộ lịch công tác",
)
