"""The role that keeps the administrative procedures and their forms."""

from core.roles import Role, model_permissions

PROCEDURES_EDITOR = Role(
    name="Thủ tục hành chính",
    # The field (lĩnh vực) widget looks up the documents register's sectors: read-only.
    permissions=model_permissions("procedures", "procedure", "procedureform") + ["documents.view_sector"],
    username="thutuc", purpose="Thủ tục hành chính /admin/procedures/", family_name="Cán bộ thủ tục",
)
