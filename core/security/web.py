"""Security glue: the Content-Security-Policy header and the login lockout hooks.

Django 5.2 has no Content-Security-Policy support of its own (it arrives in 6.0).
Two fixed policies chosen by path are all this site needs, so a small middleware
does it instead of another dependency; settings.CSP_PUBLIC and settings.CSP_ADMIN
hold the policies.
"""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.shortcuts import render


class NulByteInRequest(SuspiciousOperation):
    """A URL or query string carried a NUL character."""


def reject_nul_bytes(get_response):
    """Answer 400 to a NUL byte in the path or query string before any view sees it.

    No real link contains one, and PostgreSQL refuses NUL in text, so a view that
    passes such a value to a query would fail with a 500 instead.
    """

    def middleware(request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path_info or "%00" in query or "\x00" in query:
            raise NulByteInRequest("NUL byte in the request URL")
        return get_response(request)

    return middleware


def build_policy(directives):
    """Return the header value for a dict of CSP directives."""
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class ContentSecurityPolicyMiddleware:
    """Send the strict policy everywhere except under the admin, which gets its own."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public = build_policy(settings.CSP_PUBLIC)
        self.admin = build_policy(settings.CSP_ADMIN)
        self.header = (
            "Content-Security-Policy-Report-Only" if settings.CSP_REPORT_ONLY else "Content-Security-Policy"
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header not in response:
            admin = any(request.path_info.startswith(prefix) for prefix in settings.CSP_ADMIN_PREFIXES)
            response[self.header] = self.admin if admin else self.public
        return response


def client_ip(request):
    """Return the client's address, from the proxy's header when one is trusted."""
    header = settings.CLIENT_IP_HEADER
    if header:
        # X-Forwarded-For may be a chain; the proxy appends the address it saw last.
        forwarded = request.META.get(header, "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def lockout_parameters(request_or_attempt, credentials=None):
    """Return what a failed login is counted against: user name and address, or the name alone.

    With no client address (gunicorn on a unix socket without the proxy header)
    django-axes would store NULL, no failure would ever match an earlier one and the
    lockout would never trigger; the user name alone still locks the account.
    """
    address = getattr(request_or_attempt, "axes_ip_address", None)
    if address is None:
        address = getattr(request_or_attempt, "ip_address", None)
    if address is None and hasattr(request_or_attempt, "META"):
        address = client_ip(request_or_attempt)
    return [["username", "ip_address"]] if address else ["username"]


class LockoutBackend(AxesStandaloneBackend):
    """Refuse logins that are locked out; skip calls made without a request.

    Every login form passes the request. Code that authenticates without one (the
    test client's login(), scripts) has no client address to lock, and django-axes
    would raise instead of answering.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """Explain the lockout in the reader's language with HTTP 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "cms/lockout.html", context, status=429)
