"""send_task_reminders: leads and assigners are told once a day about due-soon and overdue tasks."""

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from youth.models import ReminderLog
from youth.reminders import send_reminders
from youth.tests.factories import days, make_person, make_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "lead": make_person(full_name="Lê Văn Chủ Trì", email="chutri@example.vn"),
        "boss": make_person(full_name="Hoàng Văn Giao", email="giao@example.vn"),
        "quiet": make_person(full_name="Không Có Thư", email=""),
    }


def test_lead_and_assigner_are_told_once_a_day(people):
    make_task(title="Việc quá hạn", lead_person=people["lead"], assigner=people["boss"], deadline=days(-2))
    make_task(title="Việc sắp đến hạn", lead_person=people["lead"], assigner=people["boss"], deadline=days(3))
    make_task(title="Việc còn lâu", lead_person=people["lead"], assigner=people["boss"], deadline=days(4))
    make_task(title="Việc xong", lead_person=people["lead"], deadline=days(-1), completed_on=days(-2),
              state="done")
    assert send_reminders() == 2
    by_recipient = {m.to[0]: m for m in mail.outbox}
    lead_mail = by_recipient["chutri@example.vn"]
    assert "Nhắc việc" in lead_mail.subject
    assert "Việc quá hạn" in lead_mail.body and "quá hạn 2 ngày" in lead_mail.body
    assert "Việc sắp đến hạn" in lead_mail.body
    assert "Việc còn lâu" not in lead_mail.body and "Việc xong" not in lead_mail.body
    assert "Tổng hợp" in by_recipient["giao@example.vn"].subject
    assert send_reminders() == 0
    assert len(mail.outbox) == 2
    assert ReminderLog.objects.count() == 4


def test_a_new_urgent_task_later_the_same_day_is_sent_alone(people):
    make_task(title="Việc thứ nhất", lead_person=people["lead"], deadline=days(1))
    send_reminders()
    make_task(title="Việc thứ hai", lead_person=people["lead"], deadline=days(1))
    assert send_reminders() == 1
    assert "Việc thứ hai" in mail.outbox[-1].body and "Việc thứ nhất" not in mail.outbox[-1].body


def test_next_day_reminds_again(people):
    make_task(title="Việc quá hạn", lead_person=people["lead"], deadline=days(-2))
    send_reminders(today=days(0))
    assert send_reminders(today=days(1)) == 1
    assert len(mail.outbox) == 2


def test_people_without_email_are_skipped(people):
    make_task(lead_person=people["quiet"], deadline=days(-1))
    assert send_reminders() == 0
    assert not ReminderLog.objects.exists()


def test_unit_led_task_reaches_unit_members_with_a_login(member, unit):
    member.person.email = "doanvien@example.vn"
    member.person.save()
    make_person(unit=unit, email="khongdangnhap@example.vn")  # no login: not a lead of record
    make_task(title="Việc của chi đoàn", lead_unit=unit, deadline=days(0))
    assert send_reminders() == 1
    assert mail.outbox[0].to == ["doanvien@example.vn"]


def test_command_is_idempotent(people, capsys):
    make_task(lead_person=people["lead"], deadline=days(-1))
    call_command("send_task_reminders")
    call_command("send_task_reminders")
    assert len(mail.outbox) == 1
    assert "0 e-mail(s) sent" in capsys.readouterr().out


def test_command_refuses_a_bad_date(db):
    with pytest.raises(CommandError):
        call_command("send_task_reminders", "--date", "2024-05-10")
