"""Keep contact details out of published text: e-mail addresses, phone numbers and the asker's name."""

import re

HIDDEN = "[…]"
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Eight or more digits, possibly grouped by spaces, dots or dashes, with an optional +84.
_PHONE_RE = re.compile(r"(?<!\w)(\+?\d[\d .-]{6,}\d)(?!\w)")


def _is_phone(match):
    return sum(c.isdigit() for c in match.group()) >= 8


def redact(text, *, names=()):
    """Return text with e-mails, phone numbers and the given names replaced by "[…]"."""
    text = _EMAIL_RE.sub(HIDDEN, text or "")
    text = _PHONE_RE.sub(lambda m: HIDDEN if _is_phone(m) else m.group(), text)
    for name in names:
        name = (name or "").strip()
        if len(name) >= 2:
            text = re.sub(re.escape(name), HIDDEN, text, flags=re.IGNORECASE)
    return text
