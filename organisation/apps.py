from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class OrganisationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "organisation"
    verbose_name = pgettext_lazy("organisational structure", "Organisation")

    def ready(self):
        from cms import identity
        from cms.placeholders import register_source
        from organisation.identity import agency_name

        register_source(demo_people)
        identity.register_source(agency_name)


def demo_people():
    """Yield the directory's people and units, for the check that lists the demo placeholders left."""
    from django.utils.translation import gettext as gettext_now

    from organisation.models import Person, Unit

    for person in Person.objects.all():
        yield gettext_now("Staff record “%(name)s”") % {"name": person.full_name}, f"{person.full_name} {person.email}"
    for unit in Unit.objects.prefetch_related("names"):
        # Sample names and superiors of the demo history ("(tên mẫu)") must not stay on a live portal either.
        names = " ".join(f"{dated.name} {dated.superior_name} {dated.decision}" for dated in unit.names.all())
        yield (gettext_now("Unit “%(name)s”") % {"name": unit.name},
               f"{unit.name} {unit.superior_name} {unit.phone} {unit.email} {unit.address} {names}")
