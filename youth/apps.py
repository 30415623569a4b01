from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class YouthConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "youth"
    verbose_name = _("Youth Union and tasks")

    def ready(self):
        from cms.placeholders import register_source

        register_source(demo_people)


def demo_people():
    """Yield the staff records whose names seed_demo invented ("tên mẫu")."""
    from django.utils.translation import gettext as gettext_now

    from youth.models import Person

    for person in Person.objects.all():
        yield gettext_now("Staff record “%(name)s”") % {"name": person.full_name}, f"{person.full_name} {person.email}"
