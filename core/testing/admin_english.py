"""Django's own English admin phrases, and where a rendered admin page still shows one.

The phrases are the message ids of Django's admin, auth and form catalogues (the English
source text); a page shows one when it appears, whole-word and case-sensitive, in its
visible text or in the attributes people read (title, alt, aria-label, placeholder, value
of buttons).
"""

import ast
import re
from functools import cache
from pathlib import Path

import django
from bs4 import BeautifulSoup

DJANGO = Path(django.__file__).parent
CATALOGUES = [
    DJANGO / "contrib/admin/locale/en/LC_MESSAGES/django.po",
    DJANGO / "contrib/admin/locale/en/LC_MESSAGES/djangojs.po",
    DJANGO / "contrib/auth/locale/en/LC_MESSAGES/django.po",
    DJANGO / "conf/locale/en/LC_MESSAGES/django.po",
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\{.*?\}\}|\{\w*\}")
# Words that are the same in Vietnamese use (file formats, product names) or too short to judge.
NEUTRAL = {"URL", "ID", "PDF", "RSS", "Email:"}
READ_ATTRIBUTES = ["title", "alt", "aria-label", "placeholder"]
# Django writes Python's own words as the text of its yes/no icons.
PYTHON_WORDS = {"True", "False", "None"}
# Renderings of Django's Vietnamese catalogue that read wrong (seen by users, issue 12).
WRONG_VIETNAMESE = [
    "Các mô models", "Thêm vào", "Bản ghi nhớ", "Bởi ", "7 ngày trước", "Bất kì ngày nào", "Hoạt động:",
    "Đi đến", "Không có sẵn", "Bạn muốn xóa?", "Thêm một ", "để thay đổi", "Site quản trị", "Lưu lại",
]


def _msgids(path):
    """Yield the message ids of a .po file (singular and plural), joined across lines."""
    text = path.read_text(encoding="utf-8")
    for match in re.finditer(r'^msgid(?:_plural)? ((?:".*"\n)+)', text, flags=re.M):
        value = "".join(ast.literal_eval(line) for line in match.group(1).splitlines())
        if value:
            yield value


@cache
def english_phrases():
    """Return Django's English admin phrases: fragments between placeholders, two words or a long word."""
    phrases = set()
    for path in CATALOGUES:
        for msgid in _msgids(path):
            for fragment in PLACEHOLDER.split(msgid):
                fragment = fragment.strip(" .,:;“”\"'()…?!-")
                words = fragment.split()
                if not words or fragment in NEUTRAL or not re.search(r"[a-z]", fragment):
                    continue
                if len(words) >= 2 or len(fragment) >= 4:
                    phrases.add(fragment)
    return frozenset(phrases)


@cache
def _pattern():
    alternatives = sorted(english_phrases(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in alternatives) + r")(?![\w-])")


def readable_text(html):
    """Return what a person reads or hears on the page: text and the attributes read out."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template", "textarea", "noscript"]):
        hidden.decompose()
    for tag in soup.find_all("option"):
        tag.string = tag.get_text()  # option labels are read
    pieces = [soup.get_text(" ")]
    for tag in soup.find_all(True):
        pieces += [tag[name] for name in READ_ATTRIBUTES if isinstance(tag.get(name), str)]
        if tag.name == "input" and tag.get("type") in ("submit", "button", "reset"):
            pieces.append(tag.get("value", ""))
    return "\n".join(pieces)


def english_on(html):
    """Return the English phrases, Python words and wrong Vietnamese renderings found on the page."""
    text = readable_text(html)
    found = {match.group(0) for match in _pattern().finditer(text)}
    found |= {f"alt={word}" for word in PYTHON_WORDS if re.search(rf'alt="{word}"', html)}
    found |= {phrase for phrase in WRONG_VIETNAMESE if phrase in text}
    return sorted(found)
