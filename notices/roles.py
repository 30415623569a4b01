"""The enforcement officers' role: notices, the register of debtors (with its Excel import), data requests."""

from core.roles import Role, model_permissions

OFFICER = Role(
    name="Chấp hành viên",
    # The Excel import needs both add and change on debtors (notices.admin checks them).
    permissions=model_permissions("notices", "debtor", "notice", "noticeattachment")
    + ["notices.view_datasubjectrequest", "notices.change_datasubjectrequest",
       "notices.view_datasubjectrequeststep", "notices.add_datasubjectrequeststep"],
    username="chaphanhvien", purpose="Chấp hành viên: thông báo, danh sách chưa có điều kiện /admin/notices/",
    family_name="Chấp hành viên",
)
