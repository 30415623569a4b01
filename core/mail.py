"""Every e-mail the portal sends goes through send(): one sender, one date, one way to fold a subject.

Mail clients showed the first messages oddly: a bare address as sender, a Date in UTC
("-0000") and, for long Vietnamese subjects, a subject starting with a blank (Django 5.2
encodes the subject without counting "Subject: ", so the line is folded before its first
word). Here the sender is settings.DEFAULT_FROM_EMAIL (a display name and an address, see
EMAIL_FROM_NAME), the Date is the site's time zone, and the subject is encoded knowing its
header name. A message always has a plain-text part; an HTML part is added where a layout
helps (a table of tasks), never instead of the text.
"""

import re
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import format_datetime, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone


class PortalEmail(EmailMultiAlternatives):
    """An e-mail whose Subject is folded after "Subject: ", never before its first word."""

    def message(self, **kwargs):
        msg = super().message(**kwargs)
        charset = "us-ascii" if self.subject.isascii() else "utf-8"
        del msg["Subject"]
        # Django's own header setter re-encodes without the header name; go round it.
        Message.__setitem__(msg, "Subject", Header(self.subject, charset, header_name="Subject"))
        name, address = parseaddr(self.from_email)
        if name and not name.isascii():
            # Django splits a long display name into encoded words in the middle of a word, which
            # parsers join with a space ("Than h Hóa"); the e-mail package's own folder splits between words.
            del msg["From"]
            Message.__setitem__(msg, "From", _folded_address("From", name, address))
        return msg


def _folded_address(header, name, address):
    """Return the value of an address header as the standard library folds it (RFC 2047 words)."""
    holder = EmailMessage(policy=policy.SMTP)
    holder[header] = Address(display_name=name, addr_spec=address)
    return holder[header].fold(policy=policy.SMTP).split(":", 1)[1].strip()


_BREAKS = re.compile(r"[\s\x00-\x1f\x7f]+")
SUBJECT_MAX_LENGTH = 200


def subject_line(text, max_length=SUBJECT_MAX_LENGTH):
    """Return text as one header-safe line: line breaks and controls become single spaces.

    Django refuses a Subject with CR or LF (header injection) by raising BadHeaderError;
    a title that carries one must still give a sendable subject.
    """
    line = _BREAKS.sub(" ", str(text or "")).strip()
    if len(line) > max_length:
        line = line[: max_length - 1].rstrip() + "…"
    return line


def build(*, to, subject, text, html=None, reply_to=None):
    """Return the PortalEmail for one message, from the portal's sender, dated in the site's zone."""
    message = PortalEmail(
        subject=subject_line(subject), body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=list(to),
        reply_to=reply_to,
        headers={
            "Date": format_datetime(timezone.localtime()),
            # RFC 3834: a notice sent by a program; out-of-office replies should not answer it.
            "Auto-Submitted": "auto-generated",
        },
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def send(*, to, subject, text, html=None, reply_to=None, fail_silently=False):
    """Send one message to the addresses in to; return the number of messages sent (0 or 1)."""
    to = [address for address in to if address]
    if not to:
        return 0
    message = build(to=to, subject=subject, text=text, html=html, reply_to=reply_to)
    return message.send(fail_silently=fail_silently)


def render_pair(template_stem, context):
    """Return (text, html) rendered from template_stem + ".txt" and ".html"."""
    return render_to_string(template_stem + ".txt", context), render_to_string(template_stem + ".html", context)
