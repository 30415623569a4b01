"""pg_trgm for the search's "did you mean" (PostgreSQL only), and the articles' abbreviations indexed in full."""

from django.db import migrations

from core.search.columns import refill_abbreviations
from core.search.postgres import trigram_operations


class Migration(migrations.Migration):

    dependencies = [
        ("news", "0008_edited_state"),
    ]

    operations = [
        *trigram_operations(),
        migrations.RunPython(refill_abbreviations("news", "Article"), migrations.RunPython.noop),
    ]
