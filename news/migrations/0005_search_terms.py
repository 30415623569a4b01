"""Search ranking: the search_terms column (adjacent word pairs, title words) and its GIN index on PostgreSQL.

core.search.postgresql_operations is idempotent: on a database migrated before search_terms existed
it adds only that; on a fresh one 0002 made everything already.
"""

from django.db import migrations

from core.search import postgresql_operations


class Migration(migrations.Migration):

    dependencies = [
        ("news", "0004_merge_0003_roles_0003_view_count"),
    ]

    operations = [
        *postgresql_operations("news_article", index_name="article_search_gin"),
    ]
