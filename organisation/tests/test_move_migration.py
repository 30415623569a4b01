"""Moving the directory out of youth keeps every row, id, link and granted permission."""

import datetime

import pytest

from core.testing.migrations import migrate, migrate_to_latest

BEFORE = [("youth", "0002_leaders_group"), ("organisation", None)]
AFTER = [("youth", "0003_move_directory_to_organisation"), ("organisation", "0001_initial")]


@pytest.mark.django_db(transaction=True)
def test_rows_and_links_survive_the_move():
    old = migrate(BEFORE)
    Unit, Person = old.get_model("youth", "Unit"), old.get_model("youth", "Person")
    branch = Unit.objects.create(name="Chi đoàn Thanh niên Cục", kind="youth_union")
    chair = Person.objects.create(full_name="Hoàng Văn Truyền", unit=branch)
    old.get_model("youth", "Membership").objects.create(
        person=chair, unit=branch, role="secretary", term_start=datetime.date(2022, 1, 1))
    meeting = old.get_model("youth", "Meeting").objects.create(
        title="Buổi làm việc", starts_at=datetime.datetime(2023, 3, 31, 1, tzinfo=datetime.UTC),
        organiser=branch, chair=chair)
    task = old.get_model("youth", "Task").objects.create(title="Nhóm 1", meeting=meeting, lead_unit=branch,
                                                          lead_person=chair)
    task.coordinating_units.add(branch)
    task.followers.add(chair)

    new = migrate(AFTER)
    Unit, Person = new.get_model("organisation", "Unit"), new.get_model("organisation", "Person")
    assert list(Unit.objects.values_list("pk", "name")) == [(branch.pk, "Chi đoàn Thanh niên Cục")]
    assert Person.objects.get(pk=chair.pk).unit_id == branch.pk
    assert new.get_model("organisation", "Membership").objects.get().person_id == chair.pk
    moved = new.get_model("youth", "Task").objects.get(pk=task.pk)
    assert (moved.lead_unit.name, moved.lead_person.full_name) == ("Chi đoàn Thanh niên Cục", "Hoàng Văn Truyền")
    assert list(moved.coordinating_units.values_list("pk", flat=True)) == [branch.pk]
    assert list(moved.followers.values_list("pk", flat=True)) == [chair.pk]
    assert new.get_model("youth", "Meeting").objects.get(pk=meeting.pk).chair_id == chair.pk
    # The leaders' group keeps its rights on units and people: their content types moved along.
    group = new.get_model("auth", "Group").objects.get(name="Lãnh đạo")
    assert set(group.permissions.filter(codename="change_unit").values_list("content_type__app_label", flat=True)) \
        == {"organisation"}
    migrate_to_latest()
