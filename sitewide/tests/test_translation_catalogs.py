"""The message catalogs agree with each other, and each compiled catalog is its .po compiled.

Django merges the project catalog (LOCALE_PATHS) and every app's catalog into one per
language, so a (context, msgid) that two catalogs translate differently gets one of the
two translations everywhere: documents' "In force" once read "Hiệu lực" because another
app said "In force" too. Where one English word means two things, the uses take a
context (pgettext, {% translate … context … %}); where two catalogs only word the same
meaning differently, they say it the same way.

A catalog edited but not recompiled (msgfmt) serves the old text; the second test compiles
every .po afresh and compares.
"""

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

from core.caching.invalidation import project_app_configs


def catalogs():
    """(name, LC_MESSAGES directory) of every django.po of the project, by language."""
    roots = [("project", Path(path)) for path in settings.LOCALE_PATHS]
    roots += [(config.label, Path(config.path) / "locale") for config in project_app_configs()]
    found = []
    for name, root in roots:
        for po in sorted(root.glob("*/LC_MESSAGES/django.po")):
            found.append((name, po.parent.parent.name, po.parent))
    return found


CATALOGS = catalogs()


def read_mo(path):
    with open(path, "rb") as file:
        return gettext.GNUTranslations(file)._catalog


def describe(key):
    """ "ctx\x04msgid" and (msgid, plural form) as a reader would look for them."""
    form = ""
    if isinstance(key, tuple):
        key, index = key
        form = f" [plural form {index}]"
    context, _sep, msgid = key.rpartition("\x04")
    return f"{msgid!r}{form}" + (f" (context {context!r})" if context else "")


def test_the_project_has_its_catalogs():
    names = {name for name, _language, _directory in CATALOGS}
    assert {"project", "documents", "news", "youth"} <= names


@pytest.mark.parametrize("language", sorted({language for _name, language, _directory in CATALOGS}))
def test_no_two_catalogs_translate_one_message_differently(language):
    translations = {}
    for name, lang, directory in CATALOGS:
        if lang != language:
            continue
        for key, text in read_mo(directory / "django.mo").items():
            if key == "":  # the header: dates and names differ, nobody looks it up
                continue
            translations.setdefault(key, {})[name] = text
    collisions = sorted(
        f"{describe(key)}: " + ", ".join(f"{name} {text!r}" for name, text in sorted(by_catalog.items()))
        for key, by_catalog in translations.items() if len(set(by_catalog.values())) > 1)
    assert not collisions, (
        f"{len(collisions)} messages are translated differently by two catalogs; Django keeps one of the "
        "translations for every app. Same meaning: say it the same way. Two meanings: give the uses a "
        "context (pgettext).\n" + "\n".join(collisions))


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="msgfmt (GNU gettext) is not installed")
@pytest.mark.parametrize(("name", "language", "directory"), CATALOGS,
                         ids=[f"{name}-{language}" for name, language, _directory in CATALOGS])
def test_each_compiled_catalog_is_its_po_compiled(name, language, directory, tmp_path):
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", str(fresh), str(directory / "django.po")], check=True,
                   capture_output=True)
    compiled, expected = read_mo(directory / "django.mo"), read_mo(fresh)
    stale = sorted(describe(key) for key in compiled.keys() | expected.keys()
                   if key != "" and compiled.get(key) != expected.get(key))
    assert not stale, (f"{directory / 'django.mo'} is not {directory / 'django.po'} compiled; run "
                       f"`msgfmt --check-format -o django.mo django.po` in {directory}. Differs: " + ", ".join(stale))
