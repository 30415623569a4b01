"""Keep the documents' files in private storage, served only by the view that checks the parent is public.

Files an earlier version saved under MEDIA_ROOT (which nginx serves to anyone) are moved there:
copied, the row pointed at the copy, the public copy deleted; a file already missing is skipped.
"""

from django.core.files.storage import default_storage
from django.db import migrations, models

import core.files.storage
import documents.models


def to_private(apps, schema_editor):
    core.files.storage.move_field_files(queryset=apps.get_model("documents", "DocumentFile").objects.all(), field="file",
                                 source=default_storage, target=core.files.storage.private_storage())


def to_public(apps, schema_editor):
    core.files.storage.move_field_files(queryset=apps.get_model("documents", "DocumentFile").objects.all(), field="file",
                                 source=core.files.storage.private_storage(), target=default_storage)


class Migration(migrations.Migration):

    dependencies = [
        ("documents", "0001_documents_register"),
    ]

    operations = [
        migrations.AlterField(
            model_name="documentfile",
            name="file",
            field=models.FileField(max_length=255, storage=core.files.storage.private_storage,
                                   upload_to=documents.models._file_path, verbose_name="file"),
        ),
        migrations.RunPython(to_private, to_public),
    ]
