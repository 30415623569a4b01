"""Database helpers the ORM does not offer: a cursor whose statements PostgreSQL prepares once."""

import datetime

from django.conf import settings
from django.db import connection

try:
    import psycopg
except ImportError:  # SQLite only
    psycopg = None


class _PreparedCursor(psycopg.Cursor if psycopg else object):
    """A cursor binding parameters on the server and preparing each statement the first time it runs."""

    logged = False

    def execute(self, query, params=None, **kwargs):
        result = super().execute(query, params, prepare=True, **kwargs)
        if self.logged and self._query is None:
            # psycopg leaves it unset for a prepared statement; Django's query log reads it.
            self._query = self._convert_query(query, params)
        return result


def prepared_cursor():
    """Return a cursor whose statements PostgreSQL plans once per connection; elsewhere Django's own.

    Meant for a few hot statements whose generic plan suits any parameters (a unique slug, a
    category's newest rows, ids), not for searches, whose best plan depends on the words:
    Django's own cursors bind on the client and never prepare. DATABASE_PREPARED_STATEMENTS=0
    turns it off behind a pooler that cannot keep prepared statements (PgBouncer before 1.21).
    """
    if connection.vendor != "postgresql" or not settings.DATABASE_PREPARED_STATEMENTS:
        return connection.cursor()
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    raw = _PreparedCursor(connection.connection)
    # Wrapped like Django's own, so that query logging and counting see these statements too.
    raw.logged = connection.queries_logged
    return connection.make_debug_cursor(raw) if raw.logged else connection.make_cursor(raw)


def db_datetime(value):
    """Return value as the ORM passes it to the database (SQLite compares text, in UTC)."""
    return connection.ops.adapt_datetimefield_value(value)


def aware(value):
    """Return a datetime read by a raw cursor as the ORM would (SQLite hands back naive UTC)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
