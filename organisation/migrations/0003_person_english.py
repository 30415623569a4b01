from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('organisation', '0002_directory_contacts_and_identity'),
    ]

    operations = [
        migrations.AddField(
            model_name='person',
            name='position_en',
            field=models.CharField(blank=True, max_length=200, verbose_name='position in English'),
        ),
        migrations.AddField(
            model_name='person',
            name='duties_en',
            field=models.TextField(blank=True, verbose_name='areas in charge in English'),
        ),
    ]
