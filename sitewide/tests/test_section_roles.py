"""Each section's demo account reaches its own section's admin and no other's; Quản trị reaches them all."""

import io

import pytest
from django.contrib.auth import get_user_model

from sitewide.roles import SECTION_ROLES, seed_section_roles

ADMIN_LISTS = {
    "hoidap": "/admin/feedback/submission/",
    "vanthu": "/admin/documents/document/",
    "chaphanhvien": "/admin/notices/debtor/",
    "lichcongtac": "/admin/schedule/entry/",
    "thutuc": "/admin/procedures/procedure/",
    "tochuc": "/admin/organisation/person/",
}

# The directory is read (never changed) by roles whose forms pick a person or a unit from it.
ALSO_READS = {"vanthu": {"tochuc"}, "lichcongtac": {"tochuc"}}


@pytest.fixture
def seeded(db):
    out = io.StringIO()
    seed_section_roles(stdout=out)
    return out.getvalue()


def test_every_role_has_a_demo_account_printed_once(seeded):
    assert {role.username for role in SECTION_ROLES} == set(ADMIN_LISTS)
    for username in ADMIN_LISTS:
        assert f": {username} / " in seeded
    again = io.StringIO()
    seed_section_roles(stdout=again)
    assert again.getvalue() == ""


@pytest.mark.parametrize("username", sorted(ADMIN_LISTS))
def test_demo_account_reaches_its_section_and_no_other(seeded, client, username):
    client.force_login(get_user_model().objects.get(username=username))
    for other, url in ADMIN_LISTS.items():
        expected = 200 if other == username or other in ALSO_READS.get(username, ()) else 403
        assert client.get(url).status_code == expected, (username, url)


def test_notices_officer_is_offered_the_excel_import(seeded, client):
    client.force_login(get_user_model().objects.get(username="chaphanhvien"))
    page = client.get("/admin/notices/debtor/").content.decode()
    assert "/admin/notices/debtor/nhap-excel/" in page
    assert client.get("/admin/notices/debtor/nhap-excel/").status_code == 200


def test_quantri_runs_every_section(seeded, client, quantri):
    client.force_login(quantri)
    for url in [*ADMIN_LISTS.values(), "/admin/notices/notice/", "/admin/documents/issuingbody/",
                "/admin/feedback/field/"]:
        assert client.get(url).status_code == 200, url


def test_directory_readers_cannot_change_it(seeded, client, django_user_model):
    from organisation.models import Person

    person = Person.objects.create(full_name="Hoàng Văn Truyền")
    client.force_login(django_user_model.objects.get(username="lichcongtac"))
    assert client.post(f"/admin/organisation/person/{person.pk}/change/", {"full_name": "X"}).status_code == 403
    person.refresh_from_db()
    assert person.full_name == "Hoàng Văn Truyền"
