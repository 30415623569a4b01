"""The words of a text, with and without diacritics, and the checked query a search is made of."""

import re
import unicodedata
from typing import NamedTuple

from core.text import fold

# Letters and digits; the underscore and every mark or symbol separate words.
WORD_RE = re.compile(r"[^\W_]+")
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12


def words(text):
    """Return the lowercased words of text, diacritics kept ("Đảng ủy!" -> ["đảng", "ủy"])."""
    return WORD_RE.findall(unicodedata.normalize("NFC", text or "").lower())


def folded_words(text):
    """Return the words of text with diacritics removed ("Đảng ủy" -> ["dang", "uy"])."""
    return WORD_RE.findall(fold(unicodedata.normalize("NFC", text or "")))


class CheckedQuery(NamedTuple):
    """The words of a query check_query() accepted; unpacks as (folded, exact).

    search(), ranked_page(), best_ids() and highlight() take it in place of the typed text: a
    view that checked the query once hands the answer down instead of the text to check again.
    Made by check_query(), so its folded words are never empty.
    """

    folded: list
    exact: list


def clean_query(query):
    """Return (folded words, exact words) of a query, at most MAX_QUERY_WORDS distinct ones."""
    exact = list(dict.fromkeys(words(query)))[:MAX_QUERY_WORDS]
    folded = list(dict.fromkeys(folded_words(" ".join(exact))))
    return folded, exact


class QueryError(ValueError):
    """A query that cannot be searched for; code is "empty", "too_long" or "no_words"."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check_query(query):
    """Return the CheckedQuery (folded words, exact words) of query, or raise QueryError.

    A CheckedQuery is returned as it is: it was checked when it was made.
    """
    if isinstance(query, CheckedQuery):
        return query
    query = (query or "").strip()
    if not query:
        raise QueryError("empty")
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError("too_long")
    checked = CheckedQuery(*clean_query(query))
    if not checked.folded:
        raise QueryError("no_words")
    return checked
