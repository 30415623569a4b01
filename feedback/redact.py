"""Keep contact details out of published text: e-mails, phone numbers, the asker's name and address.

Names and addresses are matched on folded text (core.text.fold: no diacritics, no case), so
"Tran Thi Bich", a decomposed "Trần" or "Trần  Thị" (two spaces) are found as "Trần Thị Bích";
the span of the original text is replaced. Phones are the Vietnamese numbers (starting with 0
or +84, 9–10 digits after it, grouped by spaces, dots, dashes or an area code in parentheses);
dates, document numbers ("15/QĐ-CTHADS") and sums of money ("1.000.000 đồng") are left alone.
"""

import re
import unicodedata

from core.text import fold

HIDDEN = "[…]"

_AT = r"(?:\s*@\s*|\s*[\[({]\s*(?:at|a|@|a\s*còng)\s*[\])}]\s*|\s+(?:at|a\s*còng)\s+)"
_DOT = r"(?:\.|\s*[\[({]\s*(?:dot|chấm)\s*[\])}]\s*|\s+(?:dot|chấm)\s+|\s+\.\s*|\.\s+)"
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Written to dodge address harvesters: "ten(a)mien.vn", "ten [at] mien [dot] vn", "ten @ mien . vn".
_OBFUSCATED_EMAIL_RE = re.compile(
    rf"(?<![\w.+-])[\w.+-]+{_AT}[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*(?:{_DOT}[a-z]{{2,}})(?![\w])", re.IGNORECASE,
)
_PHONE_RE = re.compile(
    r"""
    (?<![\w+]) (?<!\d[./-])
    (?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))            # a date: 07/12/2026, 01.02.2026
    (?:
        \+\s?84[ .-]?(?:\(0\)[ .-]?|0[ .-]?)?[1-9](?:[ .-]?\d){7,9}   # +84 912 345 678, +84 (0) 912 ...
      | \(0[1-9]\d{1,2}\)[ .-]?\d(?:[ .-]?\d){6,7}                   # (0237) 3.852.123
      | 0[1-9](?:[ .-]?\d){7,9}                                      # 0912-345-678, 0237.3852123
    )
    (?!\d)(?![.,-]\d)
    """,
    re.VERBOSE,
)
# Twelve digits standing alone: a citizen identity card number (CCCD).
_IDENTITY_RE = re.compile(r"(?<![\w.,/-])\d{12}(?![\w]|[.,/-]\d)")
_DIGITS_RE = re.compile(r"\d")


def redact(text, *, names=(), addresses=(), emails=(), phones=()):
    """Return text with e-mails, phones, identity numbers and the asker's details replaced by "[…]"."""
    text = unicodedata.normalize("NFC", text or "")
    for email in emails:
        email = unicodedata.normalize("NFC", (email or "").strip())
        if "@" in email:
            text = re.sub(re.escape(email), HIDDEN, text, flags=re.IGNORECASE)
    text = _EMAIL_RE.sub(HIDDEN, text)
    text = _OBFUSCATED_EMAIL_RE.sub(HIDDEN, text)
    for pattern in filter(None, map(_own_phone, phones)):
        text = pattern.sub(HIDDEN, text)
    text = _PHONE_RE.sub(HIDDEN, text)
    text = _IDENTITY_RE.sub(HIDDEN, text)
    phrases = [name for name in names if len(fold(name).strip()) >= 2]
    for address in addresses:
        phrases.extend(_address_parts(address))
    return hide_phrases(text, phrases)


def hide_phrases(text, phrases):
    """Return text with every phrase, compared folded and whitespace-insensitive, replaced by "[…]"."""
    folded, starts = _fold_with_offsets(text)
    spans = []
    for phrase in phrases:
        words = fold(unicodedata.normalize("NFC", phrase or "")).split()
        if not words:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)")
        spans.extend((starts[m.start()], starts[m.end()]) for m in pattern.finditer(folded))
    # Longest first at each start, overlaps merged, then replaced from the end so offsets stay valid.
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + HIDDEN + text[end:]
    return text


def _fold_with_offsets(text):
    """Return fold(text) and, for each folded position (and the end), the position in text it came from."""
    pieces, starts = [], []
    for position, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        starts.extend([position] * len(folded))
    starts.append(len(text))
    return "".join(pieces), starts


def _address_parts(address):
    """Return the address, and each comma-separated part with a house number (the identifying ones)."""
    address = (address or "").strip()
    if len(fold(address).strip()) < 2:
        return []
    parts = [address]
    parts.extend(part for part in re.split(r"[,;\n]", address) if _DIGITS_RE.search(part) and len(part.split()) >= 2)
    return parts


def _own_phone(phone):
    """Return a pattern for the asker's own number however it is grouped, or None."""
    digits = "".join(_DIGITS_RE.findall(phone or ""))
    if digits.startswith("84") and len(digits) > 10:
        digits = digits[2:]
    digits = digits.lstrip("0")
    if len(digits) < 7:
        return None
    body = r"[ .()-]{0,2}".join(digits)
    return re.compile(rf"(?<!\d)(?:(?:\+\s?84|0)[ .()-]{{0,3}}(?:\(0\)[ .-]?)?)?\(?{body}(?!\d)")
