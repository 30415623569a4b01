"""E-mail helpers shared by every app."""

import re

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
