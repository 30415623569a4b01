"""Small builders for the legal bases: only what a test names differs from the default."""

import itertools

from legal.models import LegalBasis, Topic

_numbers = itertools.count(1)


def make_basis(**fields):
    defaults = {"topic": Topic.PORTAL, "kind": LegalBasis.Kind.DECREE, "title": "Nghị định",
                "number": f"{next(_numbers)}/2099/NĐ-CP"}
    return LegalBasis.objects.create(**{**defaults, **fields})
