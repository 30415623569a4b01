"""Moving the introduction's leaders into the directory keeps every leader, their order and photo."""

import pytest
from django.db import connection

from core.testing.migrations import migrate, migrate_to_latest

BEFORE = [("cms", "0003_english_versions"), ("organisation", "0003_person_english")]
AFTER = [("cms", "0004_leaders_into_directory")]


@pytest.mark.django_db(transaction=True)
def test_leaders_become_people_with_their_order_and_the_chart_page_its_kind():
    old = migrate(BEFORE)
    Leader = old.get_model("cms", "Leader")
    old.get_model("organisation", "Unit").objects.create(name="Lãnh đạo Cục", kind="leadership")
    Leader.objects.create(name="Phó Cục trưởng B", position_title="Phó Cục trưởng", order=2, duties="Nghiệp vụ")
    Leader.objects.create(name="Cục trưởng A", position_title="Cục trưởng", order=1, photo="leaders/a.jpg")
    Leader.objects.create(name="Nguyên Cục trưởng", position_title="Nguyên Cục trưởng", order=0, active=False)
    old.get_model("cms", "Page").objects.create(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", kind="text")

    new = migrate(AFTER)
    Person = new.get_model("organisation", "Person")
    listed = Person.objects.filter(leader_order__isnull=False).order_by("leader_order")
    assert [(p.full_name, p.position, p.unit.name) for p in listed] == [
        ("Cục trưởng A", "Cục trưởng", "Lãnh đạo Cục"), ("Phó Cục trưởng B", "Phó Cục trưởng", "Lãnh đạo Cục")]
    assert listed[0].photo.name == "leaders/a.jpg" and listed[1].duties == "Nghiệp vụ"
    assert Person.objects.get(full_name="Nguyên Cục trưởng").leader_order is None
    assert new.get_model("cms", "Page").objects.get(slug="co-cau-to-chuc").kind == "organisation"
    assert "cms_leader" not in connection.introspection.table_names()

    back = migrate(BEFORE)
    assert back.get_model("cms", "Leader").objects.count() == 2
    migrate_to_latest()
