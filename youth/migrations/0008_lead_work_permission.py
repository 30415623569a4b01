"""Make the leader role a permission (youth.lead_work) and give it to the seeded "Lãnh đạo" group.

Until now the role was the group's name, which anyone allowed to change groups could take.
The permission is created here (not only after migrations) so the group gets it on a fresh database.
"""

from django.db import migrations

LEADERS_GROUP = "Lãnh đạo"
CODENAME = "lead_work"
NAME = "Can lead the work area"


def grant_lead_work(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(app_label="youth", model="task")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=CODENAME, defaults={"name": NAME}
    )
    for group in Group.objects.filter(name=LEADERS_GROUP):
        group.permissions.add(permission)


def remove_lead_work(apps, schema_editor):
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="youth", codename=CODENAME
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0007_task_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="task",
            options={
                "ordering": ["meeting", "group", "order", "pk"],
                "permissions": [("lead_work", "Can lead the work area")],
                "verbose_name": "task",
                "verbose_name_plural": "tasks",
            },
        ),
        migrations.RunPython(grant_lead_work, remove_lead_work),
    ]
