"""Read a Vietnamese credit line ("Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn") into people and a source.

Credit lines are free text typed by writers in several customary forms:

    Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn     label, name, position
    Tin và ảnh: Lê Hà                           label, name
    (Ảnh + tin bài) Vũ Quang Đạo                label in brackets, name
    Tác giả: Nguyễn Văn An                      label, name
    Phạm Chính - Văn phòng                      name, unit
    Theo Văn phòng / Nguồn: Bộ Tư pháp          the source, no person

parse_credit() is pure: it knows only the words of these forms, no database.
"""

import re
from dataclasses import dataclass

# Words a credit label is made of: "Tin bài", "Tin và ảnh", "Ảnh + tin bài", "Tác giả", "Thực hiện"...
_LABEL_WORDS = {
    "tin", "bài", "ảnh", "và", "tác", "giả", "thực", "hiện", "ghi", "chép", "video", "clip", "đồ", "họa",
    "nhóm", "phóng", "viên", "pv", "ctv", "biên", "tập", "dịch", "lược", "tổng", "hợp",
}
_LABEL_TOKEN = re.compile(r"\w+|[+&/,]")
# Positions that open a role: "Phó Bí thư Chi đoàn", "Chánh Văn phòng", "Chấp hành viên"...
_ROLE_STARTS = (
    "phó", "bí thư", "chánh", "trưởng", "cục trưởng", "chi cục trưởng", "giám đốc", "chủ tịch", "ủy viên",
    "uỷ viên", "chuyên viên", "chấp hành viên", "thẩm tra viên", "thư ký", "kế toán", "cán bộ", "đoàn viên",
    "đảng viên", "công chức", "nhân viên", "phóng viên", "cộng tác viên", "biên tập viên", "lãnh đạo",
    "pv", "ctv", "btv",
)
# Bodies that open a unit's name: "Văn phòng", "Chi cục THADS huyện ...", "Báo Thanh Hóa"...
_UNIT_STARTS = (
    "văn phòng", "phòng", "chi cục", "cục", "chi đoàn", "đoàn", "công đoàn", "đảng ủy", "đảng uỷ", "chi bộ",
    "ban", "bộ", "báo", "đài", "tạp chí", "cổng", "trang", "sở", "ubnd", "ủy ban", "uỷ ban", "tòa án", "toà án",
    "viện", "tổng cục", "hội", "trung tâm", "thads", "vksnd", "tand", "tổ", "nhóm",
)
_SOURCE = re.compile(r"(?:^|[(\[;,.–-]\s*)(?:theo|nguồn)\b\s*:?\s*(?P<source>[^)\]]+?)\s*[)\]]?\s*$", re.IGNORECASE)
_BRACKET_LABEL = re.compile(r"^[(\[](?P<label>[^)\]]*)[)\]]\s*:?\s*(?P<rest>.*)$")
_DASH = re.compile(r"\s+[-–—]\s+")
_BRACKETED = re.compile(r"^(?P<main>[^(]+?)\s*\((?P<inner>[^)]+)\)$")


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    unit: str = ""


@dataclass(frozen=True)
class Credit:
    people: tuple = ()
    source: str = ""


def _tidy(text):
    return re.sub(r"\s+", " ", text or "").strip(" \t.;,:")


def _starts_with(text, starts):
    lowered = text.lower()
    return any(lowered == start or lowered.startswith(start + " ") for start in starts)


def _is_label(text):
    tokens = _LABEL_TOKEN.findall(text.lower())
    return bool(tokens) and all(token in _LABEL_WORDS or not token.isalnum() for token in tokens)


def _looks_like_name(text):
    # Vietnamese personal names: up to five words, each capitalised ("Vũ Quang Đạo"), not an acronym.
    words = text.split()
    return 1 <= len(words) <= 5 and all(word[:1].isupper() and not (len(word) > 1 and word.isupper())
                                        for word in words)


def _strip_label(text):
    match = _BRACKET_LABEL.match(text)
    if match and _is_label(match["label"]):
        return _tidy(match["rest"])
    label, colon, rest = text.partition(":")
    if colon and _is_label(label):
        return _tidy(rest)
    return text


def _people(text):
    """Return the Person rows of "Name, Role - Unit, Other Name" text."""
    people = []
    parts = [_tidy(part) for part in re.split(r"\s*[,;]\s*|\s+[-–—]\s+|\s*/\s*", text)]
    for part in filter(None, parts):
        bracketed = _BRACKETED.match(part)
        names = [bracketed["main"], bracketed["inner"]] if bracketed else [part]
        for piece in names:
            piece = _tidy(piece)
            if people and _starts_with(piece, _ROLE_STARTS) and not people[-1].role:
                people[-1] = Person(people[-1].name, piece, people[-1].unit)
            elif people and _starts_with(piece, _UNIT_STARTS) and not people[-1].unit:
                people[-1] = Person(people[-1].name, people[-1].role, piece)
            elif _looks_like_name(piece) and not _starts_with(piece, _UNIT_STARTS + _ROLE_STARTS):
                people.append(Person(piece))
            elif people:
                # Whatever else follows a name describes that person ("Tuấn Linh, Thường trực").
                last = people[-1]
                if not last.role:
                    people[-1] = Person(last.name, piece, last.unit)
                elif not last.unit:
                    people[-1] = Person(last.name, last.role, piece)
            else:
                return []
    return people


def parse_credit(text):
    """Return the Credit (people with role and unit, and source) a credit line names."""
    text = _tidy(text)
    if not text:
        return Credit()
    source = ""
    match = _SOURCE.search(text)
    if match:
        source = _tidy(match["source"])
        text = _tidy(text[: match.start()])
    text = _strip_label(text)
    if not text:
        return Credit(source=source)
    people = _people(text)
    if not people:
        # A unit alone ("Văn phòng Cục") is the source, not a person.
        return Credit(source=source or text)
    return Credit(people=tuple(people), source=source)
