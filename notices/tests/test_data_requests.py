"""A data subject's request: due in 2 working days under the rule in force when received, each step kept."""

import datetime
from unittest import mock

import pytest
from django.urls import reverse

from notices import data_requests
from notices.models import DataSubjectRequest
from notices.tests.factories import make_debtor

pytestmark = pytest.mark.django_db
D = datetime.date
Status = DataSubjectRequest.Status


def receive(user, received_on, **fields):
    return data_requests.receive_request(by=user, received_on=received_on, requester_name="Lê Thị Yêu Cầu",
                                         kind=DataSubjectRequest.Kind.CORRECTION, **fields)


def test_a_request_received_on_a_friday_is_due_on_tuesday(superuser):
    request = receive(superuser, D(2026, 3, 6))
    assert request.due_on == D(2026, 3, 10)
    assert request.legal_basis.number == "356/2025/NĐ-CP"


def test_a_request_received_under_decree_13_keeps_its_72_hours(superuser):
    request = receive(superuser, D(2025, 12, 31))
    assert (request.due_on, request.legal_basis.number) == (D(2026, 1, 3), "13/2023/NĐ-CP")


def test_each_step_is_its_own_row_with_who_and_what(superuser, staff_member):
    request = receive(superuser, D(2026, 3, 6), debtor=make_debtor())
    data_requests.record_step(request=request, by=staff_member, action="Đã chuyển Chi cục xác minh",
                              status=Status.IN_PROGRESS)
    data_requests.record_step(request=request, by=superuser, action="Đã đính chính địa chỉ, gửi văn bản trả lời",
                              status=Status.DONE, today=D(2026, 3, 9))
    steps = list(request.steps.values_list("by__username", "status"))
    assert steps == [(superuser.username, Status.RECEIVED), (staff_member.username, Status.IN_PROGRESS),
                     (superuser.username, Status.DONE)]
    request.refresh_from_db()
    assert (request.status, request.closed_on, request.due_on) == (Status.DONE, D(2026, 3, 9), D(2026, 3, 10))


def test_only_open_requests_past_their_due_date_are_overdue(superuser):
    late, closed = receive(superuser, D(2026, 3, 2)), receive(superuser, D(2026, 3, 2))
    data_requests.record_step(request=closed, by=superuser, action="Đã trả lời", status=Status.DONE)
    fresh = receive(superuser, D(2026, 3, 5))
    overdue = DataSubjectRequest.objects.overdue(today=D(2026, 3, 6))
    assert late in overdue and closed not in overdue and fresh not in overdue


def test_the_admin_records_the_request_and_its_steps(admin_client, admin_user):
    with mock.patch("django.utils.timezone.localdate", return_value=D(2026, 3, 6)):
        response = admin_client.post(reverse("admin:notices_datasubjectrequest_add"), {
            "kind": "removal", "requester_name": "Trần Văn Xóa", "requester_contact": "0900 000 000",
            "debtor": "", "details": "", "received_on": "06/03/2026"})
        assert response.status_code == 302
        request = DataSubjectRequest.objects.get(requester_name="Trần Văn Xóa")
        assert request.due_on == D(2026, 3, 10) and request.steps.count() == 1
        url = reverse("admin:notices_datasubjectrequest_change", args=[request.pk])
        base = {"kind": "removal", "requester_name": "Trần Văn Xóa", "requester_contact": "0900 000 000",
                "debtor": "", "details": "", "received_on": "06/03/2026"}
        refused = admin_client.post(url, {**base, "step_action": "Đã gỡ thông tin", "step_status": ""})
        assert refused.status_code == 200
        assert "Hãy mô tả bước xử lý và chọn trạng thái sau bước đó" in refused.content.decode()
        assert admin_client.post(url, {**base, "step_action": "Đã gỡ thông tin", "step_status": "done"}).status_code \
            == 302
        admin_client.get(url)  # shows, and so clears, the "saved" message naming the requester
        overdue_list = admin_client.get(reverse("admin:notices_datasubjectrequest_changelist"), {"han": "qua-han"})
    request.refresh_from_db()
    assert request.status == Status.DONE and request.steps.count() == 2
    assert request.steps.last().by == admin_user
    assert "Trần Văn Xóa" not in overdue_list.content.decode()


def test_requesters_never_appear_on_the_public_register(client, superuser, site_settings):
    receive(superuser, D(2026, 3, 6), debtor=make_debtor(name="Phạm Văn Công Khai"))
    page = client.get("/thong-tin-thi-hanh-an/chua-co-dieu-kien/", {"q": "Phạm Văn Công Khai"}).content.decode()
    assert "Phạm Văn Công Khai" in page and "Lê Thị Yêu Cầu" not in page
