"""The "Quản trị" role manages accounts without being able to raise anyone above itself."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from cms.tests.factories import ADMINISTRATOR, change_data

APPROVER = "Lãnh đạo duyệt tin"


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@pytest.mark.django_db
def test_quantri_cannot_make_anyone_superuser(client, quantri, staff_member):
    client.force_login(quantri)
    for target in (staff_member, quantri):
        url = reverse("admin:auth_user_change", args=[target.pk])
        assert client.get(url).status_code == 200
        client.post(url, change_data(target, is_superuser="on"))
        target.refresh_from_db()
        assert not target.is_superuser


@pytest.mark.django_db
def test_quantri_cannot_grant_a_permission_or_group_it_does_not_hold(client, quantri, staff_member):
    client.force_login(quantri)
    url = reverse("admin:auth_user_change", args=[staff_member.pk])
    publish = permission("news.publish_article")
    page = client.get(url).content.decode()
    assert f'value="{publish.pk}"' not in page

    client.post(url, change_data(staff_member, user_permissions=[str(publish.pk)]))
    client.post(url, change_data(staff_member, groups=[str(Group.objects.get(name=APPROVER).pk)]))
    assert not staff_member.user_permissions.exists() and not staff_member.groups.exists()

    # What it holds itself it may give.
    view_user = permission("auth.view_user")
    response = client.post(url, change_data(staff_member, user_permissions=[str(view_user.pk)],
                                            groups=[str(Group.objects.get(name=ADMINISTRATOR).pk)]))
    assert response.status_code == 302
    assert list(staff_member.user_permissions.all()) == [view_user]
    assert staff_member.groups.get().name == ADMINISTRATOR


@pytest.mark.django_db
def test_quantri_keeps_what_an_account_already_has_when_editing_it(client, quantri, staff_member):
    approvers = Group.objects.get(name=APPROVER)
    staff_member.groups.add(approvers)
    client.force_login(quantri)
    url = reverse("admin:auth_user_change", args=[staff_member.pk])
    response = client.post(url, change_data(staff_member, first_name="Hoa"))
    assert response.status_code == 302
    staff_member.refresh_from_db()
    assert staff_member.first_name == "Hoa" and list(staff_member.groups.all()) == [approvers]


@pytest.mark.django_db
def test_quantri_cannot_give_a_group_permissions_it_does_not_hold(client, quantri):
    client.force_login(quantri)
    own = Group.objects.get(name=ADMINISTRATOR)
    url = reverse("admin:auth_group_change", args=[own.pk])
    publish = permission("news.publish_article")
    assert f'value="{publish.pk}"' not in client.get(url).content.decode()
    held = [str(pk) for pk in own.permissions.values_list("pk", flat=True)]
    client.post(url, {"name": own.name, "permissions": [*held, str(publish.pk)]})
    assert not own.permissions.filter(pk=publish.pk).exists()
    client.post(reverse("admin:auth_group_add"), {"name": "Nhóm mới", "permissions": [str(publish.pk)]})
    assert not Group.objects.filter(name="Nhóm mới", permissions=publish).exists()


@pytest.mark.django_db
def test_quantri_cannot_change_a_superusers_password_or_flags(client, quantri, superuser):
    client.force_login(quantri)
    password_url = reverse("admin:auth_user_password_change", args=[superuser.pk])
    response = client.post(password_url, {"password1": "Mat-khau-moi-789", "password2": "Mat-khau-moi-789"})
    assert response.status_code == 403
    url = reverse("admin:auth_user_change", args=[superuser.pk])
    client.post(url, change_data(superuser, is_staff="", is_active=""))
    superuser.refresh_from_db()
    assert superuser.check_password("mat-khau-goc-123")
    assert superuser.is_active and superuser.is_staff and superuser.is_superuser
    client.post(reverse("admin:auth_user_delete", args=[superuser.pk]), {"post": "yes"})
    assert type(superuser).objects.filter(pk=superuser.pk).exists()


@pytest.mark.django_db
def test_quantri_cannot_take_over_an_account_with_more_rights(client, quantri, staff_member):
    staff_member.set_password("mat-khau-cu-456")
    staff_member.save()
    staff_member.groups.add(Group.objects.get(name=APPROVER))
    client.force_login(quantri)
    password_url = reverse("admin:auth_user_password_change", args=[staff_member.pk])
    response = client.post(password_url, {"password1": "Mat-khau-moi-789", "password2": "Mat-khau-moi-789"})
    assert response.status_code == 403
    staff_member.refresh_from_db()
    assert staff_member.check_password("mat-khau-cu-456")


@pytest.mark.django_db
def test_a_superuser_still_manages_everything(client, superuser, staff_member):
    client.force_login(superuser)
    url = reverse("admin:auth_user_change", args=[staff_member.pk])
    publish = permission("news.publish_article")
    response = client.post(url, change_data(staff_member, is_superuser="on", user_permissions=[str(publish.pk)]))
    assert response.status_code == 302
    staff_member.refresh_from_db()
    assert staff_member.is_superuser and staff_member.has_perm("news.publish_article")


@pytest.mark.django_db
def test_quantri_cannot_rename_or_edit_a_group_holding_permissions_it_lacks(client, quantri):
    approvers = Group.objects.get(name=APPROVER)
    held = [str(pk) for pk in approvers.permissions.values_list("pk", flat=True)]
    client.force_login(quantri)
    url = reverse("admin:auth_group_change", args=[approvers.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="name"' not in page.content.decode()  # shown read-only
    assert "chỉ tài khoản có đủ các quyền đó" in page.content.decode()
    response = client.post(url, {"name": "Nhóm đổi tên", "permissions": held})
    assert response.status_code == 403
    assert "Nhóm này có những quyền mà tài khoản của bạn không có" in response.content.decode()
    approvers.refresh_from_db()
    assert approvers.name == APPROVER and approvers.permissions.count() == len(held)

    # A group within its own rights it still renames.
    own = Group.objects.get(name=ADMINISTRATOR)
    own_held = [str(pk) for pk in own.permissions.values_list("pk", flat=True)]
    response = client.post(reverse("admin:auth_group_change", args=[own.pk]),
                           {"name": "Quản trị hệ thống", "permissions": own_held})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.name == "Quản trị hệ thống"
