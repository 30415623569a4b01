"""The kind of a document as its number says it: "15/QĐ-CTHADS" is a decision, "106/2025/QH15" a law.

Vietnamese numbers carry the kind's abbreviation (Nghị định 30/2020/NĐ-CP, Phụ lục I): NĐ, TT, NQ,
QĐ, CT, KH, BC, TB, HD, KL; a law carries the National Assembly's "QH" and its term instead; an
official letter (công văn) carries no kind at all.
"""

import re

# The values of Document.Kind (models imports this module, so they are written out here).
LAW, OTHER, OFFICIAL_LETTER = "luat", "khac", "cong-van"
CODES = {
    "ND": "nghi-dinh", "TT": "thong-tu", "TTLT": "thong-tu", "NQ": "nghi-quyet", "NQLT": "nghi-quyet",
    "QD": "quyet-dinh", "CT": "chi-thi", "KH": "ke-hoach", "BC": "bao-cao", "TB": "thong-bao",
    "HD": "huong-dan", "KL": "ket-luan",
}
LAW_TOKEN = re.compile(r"^QH\d*$")


def _tokens(number):
    folded = number.upper().replace("Đ", "D")
    return [token for token in re.split(r"[/\-–\s]+", folded) if token]


def kind_in_number(number):
    """Return the kind the number's symbol names, or None when it names none."""
    tokens = _tokens(number)
    for token in tokens[1:]:  # the first token is the running number
        if token in CODES:
            return CODES[token]
        if LAW_TOKEN.match(token):
            return LAW
    return None


def mismatch(*, kind, number):
    """Return the kind the number names when it is not the chosen kind, else None."""
    named = kind_in_number(number or "")
    if kind in (OTHER, OFFICIAL_LETTER) or named is None:
        return None
    return named if named != kind else None
