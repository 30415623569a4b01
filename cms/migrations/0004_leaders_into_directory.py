"""The introduction's leaders move into the organisation directory (organisation.Person).

Every cms.Leader row becomes a Person: name, position, photo (the same stored file), duties;
a leader in office keeps their place in the list as leader_order, a former one is kept
without it (not listed). Then cms.Leader goes. The "co-cau-to-chuc" page seeded as plain
text becomes the organisation chart.
"""

from django.db import migrations, models


def leaders_to_people(apps, schema_editor):
    Leader = apps.get_model("cms", "Leader")
    Person = apps.get_model("organisation", "Person")
    Unit = apps.get_model("organisation", "Unit")
    Page = apps.get_model("cms", "Page")
    leadership = Unit.objects.filter(kind="leadership").order_by("position", "pk").first()
    taken = set(Person.objects.filter(leader_order__isnull=False).values_list("leader_order", flat=True))
    offset = max(taken, default=0)
    for leader in Leader.objects.order_by("order", "name", "pk"):
        Person.objects.create(
            full_name=leader.name, position=leader.position_title, photo=leader.photo.name if leader.photo else "",
            duties=leader.duties, unit=leadership,
            position_en=leader.position_title_en, duties_en=leader.duties_en,
            # Listed after any leader the directory already has, in the old order.
            leader_order=(offset + leader.order + 1) if leader.active else None,
        )
    Page.objects.filter(slug="co-cau-to-chuc", kind="text").update(kind="organisation")


def people_to_leaders(apps, schema_editor):
    Leader = apps.get_model("cms", "Leader")
    Person = apps.get_model("organisation", "Person")
    for person in Person.objects.filter(leader_order__isnull=False):
        Leader.objects.create(name=person.full_name, position_title=person.position, photo=person.photo,
                              duties=person.duties, order=person.leader_order, active=True,
                              position_title_en=person.position_en, duties_en=person.duties_en)


class Migration(migrations.Migration):

    dependencies = [
        ("cms", "0003_english_versions"),
        ("organisation", "0003_person_english"),
    ]

    operations = [
        migrations.AlterField(
            model_name="page",
            name="kind",
            field=models.CharField(choices=[("text", "Text"), ("leaders", "Text and the list of leaders"),
                                            ("organisation", "Text and the organisation chart")],
                                   default="text", max_length=20, verbose_name="kind"),
        ),
        migrations.RunPython(leaders_to_people, people_to_leaders),
        migrations.DeleteModel(name="Leader"),
    ]
