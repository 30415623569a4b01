"""System checks that keep a production deployment from starting half-protected."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security)
def check_client_address_source(app_configs=None, **kwargs):
    """Refuse production without saying where the client's address comes from.

    Behind nginx on a unix socket REMOTE_ADDR is empty; the login lockout would then
    fall back to counting per user name only, and the access log and rate limits
    would see no client at all.
    """
    if settings.DJANGO_ENV != "production" or settings.CLIENT_IP_HEADER:
        return []
    return [
        Error(
            "CLIENT_IP_HEADER is not set: the login lockout cannot tell clients apart.",
            hint=(
                "Behind nginx set CLIENT_IP_HEADER=HTTP_X_REAL_IP (and proxy_set_header X-Real-IP "
                "$remote_addr in nginx); if clients reach gunicorn directly over TCP set "
                "CLIENT_IP_HEADER=REMOTE_ADDR. See docs/deploy.md."
            ),
            id="cms.E101",
        )
    ]
