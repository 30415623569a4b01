"""PostgreSQL full-text search: the text search configuration, the generated tsvector columns, their migration."""

import functools

from django.db import connection, migrations

from core.search.columns import TERMS_SEPARATOR

TS_CONFIG = "vietnamese_unaccent"

VECTOR_SQL = (
    f"(setweight(to_tsvector('{TS_CONFIG}'::regconfig, split_part(search_exact, '|', 1)), 'A')"
    f" || setweight(to_tsvector('{TS_CONFIG}'::regconfig, split_part(search_exact, '|', 2)), 'C'))"
)
CONFIG_SQL = [
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
]


# The index terms written after "#" in search_folded (see columns.index_terms()), as lexemes.
TERMS_SQL = f"array_to_tsvector(string_to_array(btrim(split_part(search_folded, '{TERMS_SEPARATOR}', 2)), ' '))"


def _postgresql_setup(table, index_name, apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in CONFIG_SQL:
        schema_editor.execute(statement)
    schema_editor.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
                          f"GENERATED ALWAYS AS ({VECTOR_SQL}) STORED")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index_name} ON {table} USING gin (search_vector)")
    schema_editor.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_terms tsvector "
                          f"GENERATED ALWAYS AS ({TERMS_SQL}) STORED")
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {index_name}_terms ON {table} USING gin (search_terms)")


def _postgresql_teardown(table, index_name, apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_terms")
    schema_editor.execute(f"DROP INDEX IF EXISTS {index_name}")
    schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
    # Other tables may still use the configuration.
    schema_editor.execute(f"""DO $$ BEGIN
        DROP TEXT SEARCH CONFIGURATION IF EXISTS {TS_CONFIG};
    EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$""")


def postgresql_operations(table, *, index_name):
    """Return the migration operations adding search_vector, search_terms and their GIN indexes (PostgreSQL only).

    Every statement is idempotent: running them again on a table that has some of it is safe.
    """
    return [migrations.RunPython(functools.partial(_postgresql_setup, table, index_name),
                                 functools.partial(_postgresql_teardown, table, index_name))]


def is_postgresql():
    """Return whether the default database is PostgreSQL (search then uses the tsvector columns)."""
    return connection.vendor == "postgresql"


def _create_trigram(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def trigram_operations():
    """Return the migration operation creating pg_trgm (suggestions read its similarity); nothing on SQLite."""
    # Not dropped on the way back: other database objects may use it.
    return [migrations.RunPython(_create_trigram, migrations.RunPython.noop)]
