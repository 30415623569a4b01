"""Fixtures shared by every app's tests."""

import pytest


@pytest.fixture(autouse=True)
def _media_and_cache(settings, tmp_path):
    """Give each test its own media folder and an empty cache."""
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_settings(db):
    from cms.models import SiteSettings

    row = SiteSettings(
        agency_name="Cục Thi hành án dân sự tỉnh Thanh Hóa", parent_agency="Bộ Tư pháp",
        address="Số 1 Đường Mẫu, TP. Thanh Hóa", phone="0237 000 0000",
        email="cuc@example.vn", responsible_person="Nguyễn Văn A, Chánh Văn phòng",
    )
    row.save()
    return row


@pytest.fixture
def editor(db, django_user_model):
    """A staff user who may write and publish articles."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("bientap", password="mat-khau-dai-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="news"))
    return user
