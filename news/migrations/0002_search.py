"""Search: folded and exact shadow columns; on PostgreSQL unaccent, a text search configuration, a stored
tsvector column generated from the exact words (title weighted A, summary and body C) and its GIN index.

The tsvector column is PostgreSQL's alone and unknown to the model: PostgreSQL computes it on every write,
so a scan never has to run unaccent over the bodies again.
"""

from django.db import migrations, models

TS_CONFIG = "vietnamese_unaccent"
VECTOR_SQL = (
    f"(setweight(to_tsvector('{TS_CONFIG}'::regconfig, split_part(search_exact, '|', 1)), 'A')"
    f" || setweight(to_tsvector('{TS_CONFIG}'::regconfig, split_part(search_exact, '|', 2)), 'C'))"
)
POSTGRESQL_SETUP = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{TS_CONFIG}') THEN
            CREATE TEXT SEARCH CONFIGURATION {TS_CONFIG} (COPY = simple);
            ALTER TEXT SEARCH CONFIGURATION {TS_CONFIG}
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
                                  numword, numhword, hword_numpart
                WITH unaccent, simple;
        END IF;
    END $$""",
    f"ALTER TABLE news_article ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ({VECTOR_SQL}) STORED",
    "CREATE INDEX IF NOT EXISTS article_search_gin ON news_article USING gin (search_vector)",
]
POSTGRESQL_TEARDOWN = [
    "DROP INDEX IF EXISTS article_search_gin",
    "ALTER TABLE news_article DROP COLUMN IF EXISTS search_vector",
    f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {TS_CONFIG}",
]


def fill_shadow_columns(apps, schema_editor):
    from news.searchtext import shadow_columns

    Article = apps.get_model("news", "Article")
    batch = []
    for article in Article.objects.only("title", "summary", "body").iterator(chunk_size=500):
        article.search_exact, article.search_folded = shadow_columns(
            title=article.title, summary=article.summary, body=article.body)
        batch.append(article)
        if len(batch) == 500:
            Article.objects.bulk_update(batch, ["search_exact", "search_folded"])
            batch = []
    Article.objects.bulk_update(batch, ["search_exact", "search_folded"])


def postgresql_setup(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL_SETUP:
            schema_editor.execute(statement)


def postgresql_teardown(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL_TEARDOWN:
            schema_editor.execute(statement)


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
        migrations.RunPython(postgresql_setup, postgresql_teardown),
    ]
