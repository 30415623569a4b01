"""The editorial roles created by migration, and the demo accounts of seed_demo."""

import io

import pytest
from django.contrib.auth.models import Group

from news import roles
from news.demo import seed_role_accounts


def codenames(role):
    return set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))


@pytest.mark.django_db
def test_the_four_roles_exist_with_vietnamese_names():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Phóng viên", "Biên tập viên", "Lãnh đạo duyệt tin", "Quản trị"}


@pytest.mark.django_db
def test_each_role_carries_its_own_rights():
    writer, editor, approver, admin = (codenames(r) for r in roles.ROLES)
    assert {"add_article", "change_article", "submit_article"} <= writer
    assert not writer & {"return_article", "publish_article", "edit_unpublished_article"}
    assert editor - writer == {"edit_unpublished_article", "return_article"}
    assert approver - editor == {"publish_article", "take_down_article", "edit_published_article"}
    assert {"change_user", "change_group", "change_category"} <= admin
    assert not admin & {"change_article", "publish_article", "submit_article"}


@pytest.mark.django_db
def test_seed_adds_one_account_per_role_once_and_prints_each_password_once(django_user_model, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only
    out = io.StringIO()
    created = seed_role_accounts(stdout=out)
    assert len(created) == 4
    for username in created:
        user = django_user_model.objects.get(username=username)
        assert user.is_staff and not user.is_superuser and user.groups.count() == 1
        line = next(line for line in out.getvalue().splitlines() if f": {username} / " in line)
        assert user.check_password(line.split(" / ")[1].split()[0])
    again = io.StringIO()
    assert seed_role_accounts(stdout=again) == [] and again.getvalue() == ""
    assert django_user_model.objects.count() == 4
