"""Pure text rules of search: one tokeniser for documents and queries on every database.

Both shadow columns hold the words of an article separated by single spaces, the
title first and then " | " and the summary and body, padded with spaces so that a
word is always found as " word ". PostgreSQL indexes the same words (through the
unaccent text search configuration), so both databases agree on what a word is.
"""

import re
import unicodedata

from cms.text import fold, plain_text

# Letters and digits; the underscore and every mark or symbol separate words.
WORD_RE = re.compile(r"[^\W_]+")
TITLE_SEPARATOR = "|"
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12


def words(text):
    """Return the lowercased words of text, diacritics kept ("Đảng ủy!" -> ["đảng", "ủy"])."""
    return WORD_RE.findall(unicodedata.normalize("NFC", text or "").lower())


def folded_words(text):
    """Return the words of text with diacritics removed ("Đảng ủy" -> ["dang", "uy"])."""
    return WORD_RE.findall(fold(unicodedata.normalize("NFC", text or "")))


def _column(title_words, other_words):
    return f" {' '.join(title_words)} {TITLE_SEPARATOR} {' '.join(other_words)} "


def shadow_columns(*, title, summary, body):
    """Return (search_exact, search_folded) for an article's title, summary and HTML body."""
    rest = f"{summary or ''}\n{plain_text(body)}"
    return (
        _column(words(title), words(rest)),
        _column(folded_words(title), folded_words(rest)),
    )


def clean_query(query):
    """Return (folded words, exact words) of a query, at most MAX_QUERY_WORDS distinct ones."""
    exact = list(dict.fromkeys(words(query)))[:MAX_QUERY_WORDS]
    folded = list(dict.fromkeys(folded_words(" ".join(exact))))
    return folded, exact
