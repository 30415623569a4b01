"""A known change must reach the page within 3 working days; the admin lists the entries past that."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse

from notices.models import Debtor
from notices.tests.factories import make_debtor

pytestmark = pytest.mark.django_db
D = datetime.date
FRIDAY, WEDNESDAY, THURSDAY = D(2026, 3, 6), D(2026, 3, 11), D(2026, 3, 12)


def known_change(**fields):
    return make_debtor(change_known_on=FRIDAY, change_note="Đã thi hành xong", **fields)


def test_a_change_known_on_a_friday_is_due_on_wednesday():
    assert known_change().change_due_on == WEDNESDAY


def test_it_is_overdue_from_the_day_after_the_due_date_until_applied():
    debtor = known_change()
    assert debtor not in Debtor.objects.change_overdue(today=WEDNESDAY)
    assert debtor in Debtor.objects.change_overdue(today=THURSDAY)
    debtor.change_applied_on = THURSDAY
    debtor.save()
    assert debtor not in Debtor.objects.change_overdue(today=THURSDAY)


def test_the_admin_filter_lists_only_the_overdue_entries(admin_client):
    late, on_time = known_change(name="Người Trễ Hạn"), make_debtor(name="Người Đúng Hạn", change_known_on=WEDNESDAY,
                                                                     change_note="Đổi địa chỉ")
    with mock.patch("django.utils.timezone.localdate", return_value=THURSDAY):
        page = admin_client.get(reverse("admin:notices_debtor_changelist"), {"cap_nhat": "qua-han"}).content.decode()
    assert late.name in page and on_time.name not in page
    assert "Quá hạn cập nhật" in page


def test_the_admin_action_marks_the_change_applied(admin_client):
    debtor = known_change()
    with mock.patch("django.utils.timezone.localdate", return_value=THURSDAY):
        admin_client.post(reverse("admin:notices_debtor_changelist"),
                          {"action": "mark_change_applied", "_selected_action": [debtor.pk]})
    debtor.refresh_from_db()
    assert debtor.change_applied_on == THURSDAY


def test_a_change_without_what_changed_or_applied_before_known_is_refused_in_vietnamese(admin_client):
    debtor = make_debtor()
    url = reverse("admin:notices_debtor_change", args=[debtor.pk])
    data = {"office": debtor.office_id, "kind": debtor.kind, "name": debtor.name, "birth_year": "1970",
            "address": debtor.address, "judgment_number": debtor.judgment_number, "judgment_date": "15/06/2020",
            "court": debtor.court, "obligation": debtor.obligation, "decision_number": debtor.decision_number,
            "decision_date": "10/01/2023", "published_on": "11/01/2023", "removed_on": "", "removal_reason": "",
            "change_known_on": "06/03/2026", "change_note": "", "change_applied_on": "05/03/2026"}
    with mock.patch("django.utils.timezone.localdate", return_value=THURSDAY):
        response = admin_client.post(url, data)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hãy ghi nội dung thay đổi." in page and "Ngày cập nhật không được trước ngày biết có thay đổi." in page
