"""Highlighting: an escaped excerpt of a text around the first query word, the query words in <mark>."""

import collections
import functools
import html
import itertools
import unicodedata

from django.utils.safestring import mark_safe

from core.search.query import WORD_RE, CheckedQuery, clean_query
from core.text import fold

# Vietnamese is written in a few thousand syllables: each word is folded once per process, not once per excerpt.
_fold_word = functools.lru_cache(maxsize=65536)(fold)


def highlight(text, query, *, before=12, size=45):
    """Return an HTML excerpt of text around the first query word, the query words in <mark>.

    query is the query as typed, its CheckedQuery, or its folded words (a list).
    """
    if isinstance(query, CheckedQuery):
        wanted = set(query.folded)
    else:
        wanted = set(clean_query(query)[0] if isinstance(query, str) else query)
    text = unicodedata.normalize("NFC", text or "")
    # Words are read only up to the first match and the excerpt after it, not through a whole body.
    recent, first = collections.deque(maxlen=before + 1), None
    for index, match in enumerate(WORD_RE.finditer(text)):
        recent.append(match)
        if _fold_word(match.group()) in wanted:
            first = max(0, index - before)
            break
    if not recent:
        return ""
    if first is None:  # no match: the excerpt is the start of the text
        first, found = 0, list(itertools.islice(WORD_RE.finditer(text), size + 1))
    else:
        found = list(recent)
        found += itertools.islice(WORD_RE.finditer(text, found[-1].end()), size + 1 - len(found))
    # found: the excerpt's words from the first shown, and one more when the text goes on.
    last = min(len(found), size)
    parts = ["… "] if first else []
    # Escaping is per character: the text between two marked words is escaped in one piece.
    position = found[0].start()
    for match in found[:last]:
        if _fold_word(match.group()) in wanted:
            parts += (html.escape(text[position:match.start()]), "<mark>", html.escape(match.group()), "</mark>")
            position = match.end()
    if last < len(found):
        parts += (html.escape(text[position:found[last - 1].end()]), " …")
    else:
        parts.append(html.escape(text[position:]))
    return mark_safe("".join(parts))
