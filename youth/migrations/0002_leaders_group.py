"""Create the "Lãnh đạo" group with every permission on the youth app's models."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LEADERS_GROUP = "Lãnh đạo"


def create_leaders_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now so the group gets them.
    app_config = apps.get_app_config("youth")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=LEADERS_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="youth"))


def remove_leaders_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=LEADERS_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("youth", "0001_organisation_meetings_tasks"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_leaders_group, remove_leaders_group)]
