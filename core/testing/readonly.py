"""Make the test database refuse writes the way a real read-only database does."""

import contextlib

from django.db import connection, transaction


@contextlib.contextmanager
def read_only_database():
    """Let the default database only read for the duration (SQLite query_only, PostgreSQL read-only transaction).

    Both are the databases' own refusals: SQLite raises "attempt to write a readonly database"
    (SQLITE_READONLY), PostgreSQL SQLSTATE 25006, as on a read-only file or a hot standby.
    """
    if connection.vendor == "postgresql":
        # Inside a savepoint: rolling it back makes the test's transaction writable again.
        savepoint = transaction.savepoint()
        with connection.cursor() as cursor:
            cursor.execute("SET transaction_read_only = on")
        try:
            yield
        finally:
            transaction.savepoint_rollback(savepoint)
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA query_only = OFF")
