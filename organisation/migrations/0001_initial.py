"""Take over the youth app's units, people and roles: same tables (renamed), same rows and ids.

The models move in Django's state only; in the database their tables are renamed, so every
row and every foreign key pointing at them (meetings, tasks, attendance) stays as it was.
Their content types move too, so permissions already granted (the leaders' group) and the
admin's log keep pointing at them.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED = ["unit", "person", "membership"]


def rename_tables(apps, schema_editor, source, target):
    # Inside SeparateDatabaseAndState the state seen here is youth's, whichever the direction.
    for model_name in MOVED:
        schema_editor.alter_db_table(apps.get_model("youth", model_name), f"{source}_{model_name}",
                                     f"{target}_{model_name}")


def move_content_types(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model_name in MOVED:
        if not ContentType.objects.filter(app_label=target, model=model_name).exists():
            ContentType.objects.filter(app_label=source, model=model_name).update(app_label=target)


def forwards(apps, schema_editor):
    rename_tables(apps, schema_editor, "youth", "organisation")
    move_content_types(apps, "youth", "organisation")


def backwards(apps, schema_editor):
    rename_tables(apps, schema_editor, "organisation", "youth")
    move_content_types(apps, "organisation", "youth")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("youth", "0002_leaders_group"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forwards, backwards)],
            state_operations=[
                migrations.CreateModel(
                    name='Unit',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, unique=True, verbose_name='name')),
                        ('short_name', models.CharField(blank=True, max_length=60, verbose_name='short name')),
                        ('kind', models.CharField(choices=[('party', 'Party committee'), ('leadership', 'Leadership'), ('office', 'Office'), ('department', 'Department'), ('sub_department', 'District sub-department'), ('youth_union', 'Youth Union branch'), ('trade_union', 'Trade union'), ('other', 'Other')], default='department', max_length=20, verbose_name='kind')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='children', to='organisation.unit', verbose_name='parent unit')),
                    ],
                    options={
                        'verbose_name': 'unit',
                        'verbose_name_plural': 'units',
                        'ordering': ['position', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='Person',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('full_name', models.CharField(max_length=120, verbose_name='full name')),
                        ('position', models.CharField(blank=True, help_text='e.g. "Bí thư Đảng ủy, Cục trưởng".', max_length=200, verbose_name='position')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail')),
                        ('user', models.OneToOneField(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='person', to=settings.AUTH_USER_MODEL, verbose_name='login account')),
                        ('unit', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='people', to='organisation.unit', verbose_name='unit')),
                    ],
                    options={
                        'verbose_name': 'person',
                        'verbose_name_plural': 'people',
                        'ordering': ['full_name'],
                    },
                ),
                migrations.CreateModel(
                    name='Membership',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(choices=[('secretary', 'Branch secretary'), ('deputy', 'Deputy secretary'), ('committee', 'Executive committee member'), ('member', 'Member')], default='member', max_length=20, verbose_name='role')),
                        ('term', models.CharField(blank=True, help_text='e.g. "2022–2024".', max_length=60, verbose_name='term')),
                        ('term_start', models.DateField(verbose_name='term start')),
                        ('term_end', models.DateField(blank=True, null=True, verbose_name='term end')),
                        ('person', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='memberships', to='organisation.person', verbose_name='person')),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='memberships', to='organisation.unit', verbose_name='branch')),
                    ],
                    options={
                        'verbose_name': 'Youth Union role',
                        'verbose_name_plural': 'Youth Union roles',
                        'ordering': ['unit', 'role', 'person__full_name'],
                    },
                ),
            ],
        ),
    ]
