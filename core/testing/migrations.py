"""Move a test database to a point in its migration history, for tests that upgrade old rows."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate to targets [(app, migration or None)] and return the historical apps of that state."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


def migrate_to_latest():
    """Bring the database back to the newest migrations, as other tests expect."""
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
