"""A database that only reads (a standby after fail-over, a read-only disk): say so, lose nothing.

The errors are recognised by what the database reports: SQLSTATE 25006
(read_only_sql_transaction) from PostgreSQL, SQLITE_READONLY from SQLite. Forms that catch
them show the visitor's text again with a message and a 503; any other such error becomes
a short 503 page instead of a 500 (ReadOnlyDatabaseMiddleware, core.failures.errors.server_error).
"""

import os

from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.db import DatabaseError, connection
from django.forms.utils import ErrorDict
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

READ_ONLY_SQLSTATE = "25006"
SQLITE_READONLY = 8
# Seconds a client is told to wait before trying again.
RETRY_AFTER = 300
_MESSAGES = ("attempt to write a readonly database", "read-only transaction")


def is_read_only_error(error):
    """Return True if error (or what caused it) says the database accepts no writes."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if getattr(error, "sqlstate", None) == READ_ONLY_SQLSTATE:
            return True
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF == SQLITE_READONLY:
            return True
        if any(text in str(error).lower() for text in _MESSAGES):
            return True
        error = error.__cause__ or error.__context__
    return False


def read_only_message():
    """Return the message shown when a form cannot be saved because the database only reads."""
    return _("The system is under maintenance and cannot save anything right now. What you typed is kept "
             "below: please send it again in a few minutes.")


def unavailable(response):
    """Mark response as a temporary refusal (503, try again later)."""
    response.status_code = 503
    response["Retry-After"] = str(RETRY_AFTER)
    return response


def database_is_read_only():
    """Return True if the default database would refuse a write (a cheap check, no write tried)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # "on" in a standby (pg_is_in_recovery) and under default_transaction_read_only.
            cursor.execute("SHOW transaction_read_only")
            return cursor.fetchone()[0] == "on"
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only")
            if cursor.fetchone()[0]:
                return True
            name = str(connection.settings_dict["NAME"])
            if connection.is_in_memory_db() or not os.path.exists(name):
                return False
            # SQLite writes a journal next to the file: both must be writable.
            return not (os.access(name, os.W_OK) and os.access(os.path.dirname(os.path.abspath(name)), os.W_OK))
    return False


def unavailable_page(request=None):
    """Return the plain 503 page (no site context: it must render without writing or reading much)."""
    return unavailable(HttpResponse(render_to_string("503.html")))


class ReadOnlyDatabaseMiddleware:
    """Turn a read-only database error a view did not handle into the plain 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DatabaseError) and is_read_only_error(exception):
            return unavailable_page(request)
        return None


class _UnavailableLoginForm(AdminAuthenticationForm):
    """The admin login form holding what was typed and only the read-only message as its error."""

    def full_clean(self):
        # No authentication: it would write (django-axes records every attempt) and fail again.
        self._errors = ErrorDict()
        self.cleaned_data = {}
        self.add_error(None, read_only_message())


def _local_path(value):
    # Only a path on this site goes back into the form (LoginView checks it again on the next post).
    return value if value.startswith("/") and not value.startswith(("//", "/\\")) else ""


def staff_login(request, **kwargs):
    """Show the admin login; if the database only reads, show it again with the user name and a 503."""
    try:
        return admin.site.login(request, **kwargs)
    except DatabaseError as error:
        if not is_read_only_error(error):
            raise
    form = _UnavailableLoginForm(request, data=request.POST)
    context = {**admin.site.each_context(request), "title": _("Log in"), "subtitle": None, "form": form,
               "app_path": request.get_full_path(), "username": "",
               "next": _local_path(request.POST.get("next") or request.GET.get("next", ""))}
    request.current_app = admin.site.name
    response = TemplateResponse(request, admin.site.login_template or "admin/login.html", context)
    return unavailable(response.render())
