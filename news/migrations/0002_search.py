"""Search: folded and exact shadow columns; on PostgreSQL unaccent, a text search configuration, a stored
tsvector column generated from the exact words (title weighted A, summary and body C) and its GIN index
(core.search.postgresql_operations).

The tsvector column is PostgreSQL's alone and unknown to the model: PostgreSQL computes it on every write,
so a scan never has to run unaccent over the bodies again.
"""

from django.db import migrations, models

from core.search import postgresql_operations, shadow_columns
from core.text import plain_text


def fill_shadow_columns(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    batch = []
    for article in Article.objects.only("title", "summary", "body").iterator(chunk_size=500):
        article.search_exact, article.search_folded = shadow_columns(
            article.title, f"{article.summary}\n{plain_text(article.body)}")
        batch.append(article)
        if len(batch) == 500:
            Article.objects.bulk_update(batch, ["search_exact", "search_folded"])
            batch = []
    Article.objects.bulk_update(batch, ["search_exact", "search_folded"])


class Migration(migrations.Migration):

    dependencies = [
        ("news", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_exact",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="article",
            name="search_folded",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fill_shadow_columns, migrations.RunPython.noop, elidable=True),
        *postgresql_operations("news_article", index_name="article_search_gin"),
    ]
