"""The sector's abbreviations, indexed with their full words so either spelling finds the text."""

from core.search.query import folded_words

# Writers say "THADS" where readers type "thi hành án": the article must answer both.
EXPANSIONS = {
    "thads": "thi hành án dân sự",
    "tha": "thi hành án",
    "hđnd": "hội đồng nhân dân",
    "ubnd": "ủy ban nhân dân",
    "bch": "ban chấp hành",
    "đtn": "đoàn thanh niên",
    "tncs": "thanh niên cộng sản",
}
_FOLDED = {folded_words(short)[0]: full for short, full in EXPANSIONS.items()}


def expansions(text):
    """Return the full words of the abbreviations text holds, once each ("" when none)."""
    found = dict.fromkeys(_FOLDED[word] for word in folded_words(text) if word in _FOLDED)
    return " ".join(found)

