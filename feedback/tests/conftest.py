import pytest
from django.contrib.auth.models import Permission

from feedback.tests.factories import make_field


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def field(db):
    return make_field(name="Thủ tục thi hành án", slug="thu-tuc")


@pytest.fixture
def handler(db, django_user_model):
    """A staff member who handles submissions in the admin."""
    user = django_user_model.objects.create_user("tiepdan", password="mat-khau-dai-123", is_staff=True,
                                                 first_name="Lan", last_name="Phạm")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="feedback"))
    return user
