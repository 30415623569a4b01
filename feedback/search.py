"""Search over published answers, diacritics ignored, on a folded shadow column.

Interim: to be replaced by the shared search seam (cms/search.py) once it is in main.
"""

import re

from cms.text import fold

MAX_WORDS = 12
_WORD_RE = re.compile(r"[^\W_]+")


def query_words(query):
    """Return the folded words of a query ("Đảng ủy!" -> ["dang", "uy"])."""
    return _WORD_RE.findall(fold(query or ""))[:MAX_WORDS]


def search(queryset, query):
    """Return the rows of queryset whose title, question or answer hold every word of query."""
    for word in query_words(query):
        queryset = queryset.filter(search_folded__contains=f" {word} ")
    return queryset
