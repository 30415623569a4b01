"""Create the four editorial roles as auth groups, with their permissions.

Permissions are normally created after all migrations (post_migrate); the ones the
groups need are created here with the names Django would give them, so that this
migration works on a fresh database. The groups stay editable in the admin.
"""

from django.db import migrations

DEFAULT_ACTIONS = {"add": "Can add", "change": "Can change", "delete": "Can delete", "view": "Can view"}
CUSTOM = {
    "submit_article": "Can submit an article for review",
    "return_article": "Can return an article to its writer",
    "publish_article": "Can publish or schedule an article",
    "take_down_article": "Can take down a published article",
    "edit_unpublished_article": "Can edit any article not yet published",
    "edit_published_article": "Can edit a published or taken-down article",
}
VERBOSE = {"article": "article", "category": "category", "attachment": "attachment",
           "articletransition": "workflow step", "user": "user", "group": "group",
           "sitesettings": "site settings"}

WRITER = [
    "news.view_category", "news.view_article", "news.add_article", "news.change_article",
    "news.submit_article", "news.view_articletransition",
    "news.view_attachment", "news.add_attachment", "news.change_attachment", "news.delete_attachment",
]
EDITOR = WRITER + ["news.edit_unpublished_article", "news.return_article"]
APPROVER = EDITOR + [
    "news.publish_article", "news.take_down_article", "news.edit_published_article",
]
ADMINISTRATOR = [
    "auth.view_user", "auth.add_user", "auth.change_user", "auth.delete_user",
    "auth.view_group", "auth.add_group", "auth.change_group", "auth.delete_group",
    "news.view_category", "news.add_category", "news.change_category", "news.delete_category",
    "news.view_article", "news.delete_article", "news.view_articletransition",
    "news.view_attachment", "news.delete_attachment",
    "cms.view_sitesettings", "cms.change_sitesettings",
]
ROLES = {
    "Phóng viên": WRITER,
    "Biên tập viên": EDITOR,
    "Lãnh đạo duyệt tin": APPROVER,
    "Quản trị": ADMINISTRATOR,
}


def _permission(apps, dotted):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    action, _sep, model = codename.partition("_")
    if codename in CUSTOM:
        model, name = "article", CUSTOM[codename]
    else:
        name = f"{DEFAULT_ACTIONS[action]} {VERBOSE[model]}"
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, permissions in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(apps, dotted) for dotted in permissions])


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("news", "0002_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("cms", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
