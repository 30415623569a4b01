"""Reminder e-mails as a mail client reads them (email.policy.default): text and HTML, sender, date."""

import datetime
import email
from email import policy
from html.parser import HTMLParser

import pytest
from django.core import mail

from youth.reminders import send_reminders
from youth.tests.factories import days, make_person, make_task

pytestmark = pytest.mark.django_db


class TableReader(HTMLParser):
    """Collect the text of each table row and the links of an HTML part."""

    def __init__(self):
        super().__init__()
        self.rows, self.links, self._cells = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._cells = []
        elif tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data):
        if self._cells is not None and data.strip():
            self._cells.append(data.strip())

    def handle_endtag(self, tag):
        if tag == "tr":
            self.rows.append(self._cells)
            self._cells = None


def test_reminder_has_a_text_part_and_an_html_table_of_the_tasks():
    lead = make_person(full_name="Lê Văn Chủ Trì", email="chutri@example.vn")
    late = make_task(title="Báo cáo tổng kết “năm 2023”", lead_person=lead, deadline=days(-2))
    make_task(title="Giải bóng đá kỷ niệm 77 năm", lead_person=lead, deadline=days(2))
    assert send_reminders() == 1
    parsed = email.message_from_bytes(mail.outbox[0].message().as_bytes(), policy=policy.default)

    assert parsed["Subject"] == f"Nhắc việc: nhiệm vụ sắp đến hạn hoặc quá hạn ({days(0):%d/%m/%Y})"
    [sender] = parsed["From"].addresses
    assert sender.display_name == "Cổng TTĐT Thi hành án dân sự tỉnh Thanh Hóa"
    assert parsed["Date"].datetime.utcoffset() == datetime.timedelta(hours=7)
    assert parsed.get_content_type() == "multipart/alternative"

    text = parsed.get_body(("plain",)).get_content()
    assert "Lê Văn Chủ Trì" in text and "Báo cáo tổng kết “năm 2023”" in text and "quá hạn 2 ngày" in text

    reader = TableReader()
    reader.feed(parsed.get_body(("html",)).get_content())
    header, *rows = reader.rows
    assert header == ["Nhiệm vụ", "Chủ trì thực hiện", "Thời hạn", "Tình trạng"]
    assert rows[0][:3] == ["Báo cáo tổng kết “năm 2023”", "Lê Văn Chủ Trì", f"{days(-2):%d/%m/%Y}"]
    assert "quá hạn 2 ngày" in rows[0][3]
    assert rows[1][0] == "Giải bóng đá kỷ niệm 77 năm"
    assert reader.links[0].endswith(late.get_absolute_url())
    assert reader.links[-1].endswith("/cong-viec/")
