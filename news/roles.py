"""The editorial roles: auth groups created by migration news/0003_roles (editable in the admin)."""

WRITER = "Phóng viên"
EDITOR = "Biên tập viên"
APPROVER = "Lãnh đạo duyệt tin"
ADMINISTRATOR = "Quản trị"
ROLES = [WRITER, EDITOR, APPROVER, ADMINISTRATOR]
