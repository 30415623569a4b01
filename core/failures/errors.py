"""Error pages that must render whatever went wrong: a foreign Host header, a read-only database."""

import sys

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import bad_request as site_bad_request
from django.views.defaults import server_error as plain_server_error

from core.failures import readonly


def _host_is_valid(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


@requires_csrf_token
def bad_request(request, exception):
    """Show the 400 page; for a foreign Host header, the plain one that builds no absolute address."""
    if isinstance(exception, DisallowedHost) or not _host_is_valid(request):
        # No request in the context: the context processors and tags would call get_host() and fail again.
        return HttpResponseBadRequest(render_to_string("400_plain.html"))
    return site_bad_request(request, exception)


@requires_csrf_token
def server_error(request):
    """Show the 500 page, or the 503 page when the error is a database that only reads."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError) and readonly.is_read_only_error(error):
        return readonly.unavailable_page(request)
    return plain_server_error(request)
