"""Keep secrets that travel in URLs out of the logs.

A personal iCal address (/cong-viec/lich/<token>.ics, youth.urls) is a password: a
calendar application cannot log in, so whoever holds the address reads the feed.
Access logs are read by more people and kept longer than the database, so the
secret part is replaced by "[bí mật]" in gunicorn's access log (logger class
below) and in Django's own log records (the filter below, set in LOGGING). nginx's
log format is set the same way in docs/deploy.md.
"""

import logging
import re

from gunicorn.glogging import Logger

SECRET_IN_PATH = re.compile(r"(/cong-viec/lich/)[^/?#\s\"]+(\.ics)")
MASK = r"\1[bí mật]\2"


def scrub(text):
    """Return text with the secret part of secret addresses masked."""
    return SECRET_IN_PATH.sub(MASK, text) if isinstance(text, str) else text


class ScrubSecretsFilter(logging.Filter):
    """Mask secret addresses in a log record's message (e.g. django.request's "Not Found: …")."""

    def filter(self, record):
        message = record.getMessage()
        masked = scrub(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


class ScrubbingGunicornLogger(Logger):
    """gunicorn's logger with secret addresses masked in every access-log field.

    Run gunicorn with --logger-class core.security.logscrub.ScrubbingGunicornLogger.
    """

    def atoms(self, resp, req, environ, request_time):
        return {key: scrub(value) for key, value in super().atoms(resp, req, environ, request_time).items()}
