"""Small builders for the directory: only what a test names differs from the default."""

import itertools

from organisation.models import Person, Unit

_numbers = itertools.count(1)


def make_unit(**fields):
    fields.setdefault("name", f"Phòng số {next(_numbers)}")
    return Unit.objects.create(**fields)


def make_person(**fields):
    fields.setdefault("full_name", f"Nguyễn Văn {next(_numbers)}")
    if "unit" not in fields:
        fields["unit"] = make_unit()
    return Person.objects.create(**fields)
