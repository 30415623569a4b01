"""Vietnamese-aware text helpers: folding for search, slugs, plain text of HTML."""

import html
import re
import unicodedata

from django.utils.text import slugify

# Đ/đ have no Unicode decomposition, so NFKD alone would drop them.
_D_MAP = str.maketrans({"Đ": "D", "đ": "d"})
_TAG_RE = re.compile(r"<[^>]+>")
_BLOCK_END_RE = re.compile(r"</(p|div|h[1-6]|li|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)
_SPACE_RE = re.compile(r"[ \t\r\f\v]+")


class _FoldTable(dict):
    """Character -> folded text, filled on first sight (str.translate asks for each character)."""

    def __missing__(self, code):
        char = chr(code).translate(_D_MAP)
        # NFKD decomposes each character on its own, so folding character by character is the same.
        folded = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text):
    """Return text lowercased with Vietnamese diacritics removed ("Đảng ủy" -> "dang uy")."""
    return (text or "").translate(_FOLD).lower()


def slugify_vi(text, max_length=200):
    """Return an ASCII slug of Vietnamese text, cut at a word boundary."""
    slug = slugify((text or "").translate(_D_MAP))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def unique_slug(model, text, *, instance=None, field="slug", max_length=200):
    """Return a slug for text that no other row of model uses (suffix -2, -3 ...)."""
    base = slugify_vi(text, max_length=max_length - 6) or "bai-viet"
    others = model._default_manager.all()
    if instance is not None and instance.pk:
        others = others.exclude(pk=instance.pk)
    taken = set(others.filter(**{f"{field}__startswith": base}).values_list(field, flat=True))
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def plain_text(markup):
    """Return the readable text of an HTML fragment, one line per block."""
    text = _BLOCK_END_RE.sub("\n", markup or "")
    text = html.unescape(_TAG_RE.sub("", text))
    lines = (_SPACE_RE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def truncate_words(text, count):
    """Return the first count words of text, with an ellipsis when cut."""
    words = (text or "").split()
    if len(words) <= count:
        return " ".join(words)
    return " ".join(words[:count]) + "…"
