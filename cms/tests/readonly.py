"""Make the test database refuse writes the way a real read-only database does."""

import contextlib

from django.db import connection


@contextlib.contextmanager
def read_only_database():
    """Let the default database only read for the duration (SQLite query_only, PostgreSQL read-only transaction).

    Both are the databases' own refusals: SQLite raises "attempt to write a readonly database"
    (SQLITE_READONLY), PostgreSQL SQLSTATE 25006, exactly as on a read-only file or a standby.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The test's transaction and any later one (a rolled-back test transaction undoes both).
            cursor.execute("SET transaction_read_only = on")
            cursor.execute("SET default_transaction_read_only = on")
        else:
            cursor.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SET default_transaction_read_only = off")
            else:
                cursor.execute("PRAGMA query_only = OFF")
