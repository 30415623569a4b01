"""Leaders and the handling unit are reminded of overdue and due-soon submissions, overdue first, once a day."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command

from feedback.models import Submission
from feedback.reminders import send_reminders
from feedback.tests.factories import make_submission
from organisation.tests.factories import make_person, make_unit
from youth.models import LEADERS_GROUP

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 3, 11)  # a Wednesday


@pytest.fixture
def leader(django_user_model):
    user = django_user_model.objects.create_user("lanhdaocuc", email="lanhdao@example.vn", first_name="Hùng")
    user.groups.add(Group.objects.get_or_create(name=LEADERS_GROUP)[0])
    return user


def due(submission, day):
    Submission.objects.filter(pk=submission.pk).update(due_on=day)


def test_overdue_and_due_soon_go_to_leaders_overdue_first(leader):
    soon = make_submission(title="Sắp đến hạn")
    late = make_submission(title="Đã quá hạn")
    far = make_submission(title="Còn lâu mới đến hạn")
    due(soon, TODAY + datetime.timedelta(days=2))
    due(late, TODAY - datetime.timedelta(days=1))
    due(far, TODAY + datetime.timedelta(days=20))
    assert send_reminders(today=TODAY) == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].to == ["lanhdao@example.vn"]
    assert body.index("Đã quá hạn") < body.index("Sắp đến hạn")
    assert "QUÁ HẠN" in body and "Còn lâu mới đến hạn" not in body
    assert "/admin/feedback/submission/" in body


def test_the_handling_unit_gets_its_own_submissions_only(leader):
    unit = make_unit(name="Phòng Nghiệp vụ")
    make_person(unit=unit, email="nghiepvu@example.vn",
                user=type(leader).objects.create_user("nghiepvu", email="nghiepvu@example.vn"))
    mine = make_submission(title="Của phòng Nghiệp vụ")
    Submission.objects.filter(pk=mine.pk).update(unit=unit, due_on=TODAY)
    due(make_submission(title="Chưa giao"), TODAY)
    send_reminders(today=TODAY)
    by_recipient = {message.to[0]: message.body for message in mail.outbox}
    assert "Chưa giao" not in by_recipient["nghiepvu@example.vn"]
    assert "Của phòng Nghiệp vụ" in by_recipient["nghiepvu@example.vn"]
    assert "Chưa giao" in by_recipient["lanhdao@example.vn"]


def test_a_second_run_the_same_day_sends_nothing_and_answered_ones_are_left_out(leader):
    late = make_submission(title="Đã quá hạn")
    due(late, TODAY - datetime.timedelta(days=3))
    answered = make_submission(title="Đã trả lời xong")
    Submission.objects.filter(pk=answered.pk).update(due_on=TODAY, status=Submission.Status.ANSWERED)
    assert send_reminders(today=TODAY) == 1
    assert "Đã trả lời xong" not in mail.outbox[0].body
    assert send_reminders(today=TODAY) == 0
    assert send_reminders(today=TODAY + datetime.timedelta(days=1)) == 1


def test_the_daily_reminder_command_sends_them_too(leader):
    due(make_submission(), TODAY - datetime.timedelta(days=1))
    out = StringIO()
    call_command("send_task_reminders", date=TODAY.strftime("%d/%m/%Y"), stdout=out)
    assert "questions and feedback: 1 reminder e-mail(s)" in out.getvalue()
    assert len(mail.outbox) == 1


def test_leaders_are_picked_by_the_leader_permission_not_by_a_group_name(leader, django_user_model):
    # The real leaders' group renamed; an empty group takes its name (issue 24, finding 1).
    Group.objects.filter(name=LEADERS_GROUP).update(name="Ban lãnh đạo Cục")
    impostor = django_user_model.objects.create_user("giadanh", email="giadanh@example.vn")
    impostor.groups.add(Group.objects.create(name=LEADERS_GROUP))
    direct = django_user_model.objects.create_user("lanhdaorieng", email="rieng@example.vn")
    direct.user_permissions.add(Permission.objects.get(content_type__app_label="youth", codename="lead_work"))
    due(make_submission(title="Đã quá hạn"), TODAY - datetime.timedelta(days=1))
    send_reminders(today=TODAY)
    assert sorted(message.to[0] for message in mail.outbox) == ["lanhdao@example.vn", "rieng@example.vn"]
