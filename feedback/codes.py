"""Tracking codes: short, unguessable, easy to read aloud and to type ("HD-2026-7K3Q9X")."""

import re
import secrets

# No 0/O, 1/I/L: nothing a citizen could misread on paper or over the phone.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RANDOM_LENGTH = 6  # 31**6 ≈ 887 million codes a year; lookups are rate-limited
PREFIX = "HD"
CODE_RE = re.compile(rf"^{PREFIX}-\d{{4}}-[{ALPHABET}]{{{RANDOM_LENGTH}}}$")
MAX_LENGTH = len(PREFIX) + 1 + 4 + 1 + RANDOM_LENGTH


def new_code(year):
    """Return a fresh random code for a submission received in year."""
    tail = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return f"{PREFIX}-{year:04d}-{tail}"


def normalise(typed):
    """Return typed as a canonical code (upper case, dashes, no spaces), or "" if it cannot be one."""
    text = re.sub(r"[\s\u2010-\u2015_.]+", "-", (typed or "").strip().upper()).strip("-")
    if len(text) > MAX_LENGTH + 4:
        return ""
    compact = text.replace("-", "")
    if len(compact) == len(PREFIX) + 4 + RANDOM_LENGTH:
        # Typed without dashes, or with them in odd places.
        text = f"{compact[:2]}-{compact[2:6]}-{compact[6:]}"
    return text if CODE_RE.match(text) else ""
