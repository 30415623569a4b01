"""The workflow rules in youth.services."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from youth import services
from youth.models import Attendance, Meeting, Reopening, TargetReading, Task
from youth.tests.factories import days, make_meeting, make_person, make_target, make_task


def test_assign_task_by_a_leader(leader, unit):
    task = services.assign_task(
        by=leader, title="Giải thể thao", lead_unit=unit, deadline=days(10),
        targets=[{"metric": "Số đội", "unit": "đội", "target_value": Decimal("8")}],
    )
    assert task.assigner == leader.person
    assert task.state == Task.State.NOT_STARTED
    assert [(t.metric, t.target_value) for t in task.targets.all()] == [("Số đội", Decimal("8"))]


def test_assign_task_refused_to_others(member, unit):
    with pytest.raises(PermissionDenied):
        services.assign_task(by=member, title="Việc", lead_unit=unit)
    assert not Task.objects.exists()


def test_assign_task_refuses_deadline_before_start(leader, unit):
    with pytest.raises(ValidationError) as error:
        services.assign_task(by=leader, title="Việc", lead_unit=unit, start_date=days(5), deadline=days(4))
    assert "deadline" in error.value.message_dict
    assert not Task.objects.exists()


def test_assign_task_needs_a_lead(leader):
    with pytest.raises(ValidationError):
        services.assign_task(by=leader, title="Việc")


def test_report_progress_updates_targets_and_keeps_history(member):
    task = make_task(lead_person=member.person, deadline=days(10))
    target = make_target(task, target_value=10)
    services.report_progress(task=task, by=member, percent=40, actual_values={target.pk: Decimal("4")})
    services.report_progress(task=task, by=member, percent=70, actual_values={target.pk: Decimal("7")})
    task.refresh_from_db()
    target.refresh_from_db()
    assert task.state == Task.State.IN_PROGRESS
    assert target.actual_value == Decimal("7")
    assert [r.percent for r in task.reports.all()] == [70, 40]
    assert sorted(TargetReading.objects.values_list("value", flat=True)) == [Decimal("4"), Decimal("7")]


def test_full_progress_waits_for_confirmation_and_dates_completion(member, leader):
    task = make_task(lead_person=member.person, deadline=days(1))
    services.report_progress(task=task, by=member, percent=100, reported_on=days(-2))
    task.refresh_from_db()
    assert task.state == Task.State.AWAITING
    assert task.completed_on == days(0)  # the day it was reported, not the typed date
    assert task.timeliness().value == "done_on_time"
    services.confirm_completion(task=task, by=leader)
    task.refresh_from_db()
    assert task.state == Task.State.DONE
    assert task.confirmed_by == leader


def test_leader_can_send_a_completion_back(member, leader):
    task = make_task(lead_person=member.person)
    services.report_progress(task=task, by=member, percent=100)
    services.confirm_completion(task=task, by=leader, accept=False)
    task.refresh_from_db()
    assert (task.state, task.completed_on) == (Task.State.IN_PROGRESS, None)


def test_only_a_leader_confirms(member):
    task = make_task(lead_person=member.person)
    services.report_progress(task=task, by=member, percent=100)
    with pytest.raises(PermissionDenied):
        services.confirm_completion(task=task, by=member)


def test_confirm_needs_a_task_awaiting_confirmation(leader):
    with pytest.raises(ValidationError):
        services.confirm_completion(task=make_task(), by=leader)


def test_report_refused_to_someone_else(member, outsider):
    task = make_task(lead_person=member.person)
    with pytest.raises(PermissionDenied):
        services.report_progress(task=task, by=outsider, percent=10)
    assert not task.reports.exists()


def test_unit_member_reports_on_a_unit_led_task(member, unit):
    task = make_task(lead_unit=unit)
    services.report_progress(task=task, by=member, percent=10)
    assert task.reports.count() == 1


def test_no_report_on_a_closed_task(member):
    task = make_task(lead_person=member.person, state=Task.State.DONE, completed_on=days(-1))
    with pytest.raises(ValidationError):
        services.report_progress(task=task, by=member, percent=10)


def test_report_refuses_percent_over_100(member):
    task = make_task(lead_person=member.person)
    with pytest.raises(ValidationError):
        services.report_progress(task=task, by=member, percent=101)
    assert not task.reports.exists()


def test_finalise_and_reopen_minutes_records_the_reason(leader):
    meeting = make_meeting()
    services.finalise_minutes(meeting=meeting, by=leader)
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.FINALISED and meeting.finalised_by == leader
    services.reopen_minutes(meeting=meeting, by=leader, reason="Bổ sung ý kiến của đồng chí Chánh Văn phòng")
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.HELD
    reopening = Reopening.objects.get()
    assert reopening.reopened_by == leader
    assert reopening.reason == "Bổ sung ý kiến của đồng chí Chánh Văn phòng"


def test_reopen_needs_a_reason_and_a_leader(leader, member):
    meeting = make_meeting(state=Meeting.State.FINALISED)
    with pytest.raises(ValidationError):
        services.reopen_minutes(meeting=meeting, by=leader, reason="   ")
    with pytest.raises(PermissionDenied):
        services.reopen_minutes(meeting=meeting, by=member, reason="Sửa")
    assert not Reopening.objects.exists()


def test_secretary_may_finalise_but_not_a_planned_meeting(member, leader):
    meeting = make_meeting(secretary=member.person)
    services.finalise_minutes(meeting=meeting, by=member)
    planned = make_meeting(state=Meeting.State.PLANNED)
    with pytest.raises(ValidationError):
        services.finalise_minutes(meeting=planned, by=leader)


def test_other_staff_may_not_finalise(member):
    with pytest.raises(PermissionDenied):
        services.finalise_minutes(meeting=make_meeting(), by=member)


def test_locked_minutes_refuse_new_rows(db):
    meeting = make_meeting(state=Meeting.State.FINALISED)
    row = Attendance(meeting=meeting, person=make_person())
    with pytest.raises(ValidationError):
        row.full_clean()
