"""The one e-mail helper (core/mail.py), read back by Python's e-mail parser with policy.default."""

import datetime
import email
import os
import subprocess
import sys
from email import policy

from django.conf import settings

from core import mail

LONG_SUBJECT = "Chờ duyệt: Đảng ủy Cục làm việc với Ban Chấp hành Chi đoàn về phương hướng nhiệm vụ năm 2023"


def parse(message):
    return email.message_from_bytes(message.message().as_bytes(), policy=policy.default)


def test_sender_has_the_portal_display_name():
    parsed = parse(mail.build(to=["a@example.vn"], subject="Nhắc việc", text="Nội dung"))
    [sender] = parsed["From"].addresses
    assert sender.display_name == "Cổng TTĐT Thi hành án dân sự tỉnh Thanh Hóa"
    assert sender.addr_spec == "cong-thong-tin@thads-thanhhoa.local"


def test_long_vietnamese_subject_reads_back_without_a_leading_blank():
    for subject in (LONG_SUBJECT, "Nhắc việc", "Awaiting review: " + "a long plain subject " * 5):
        parsed = parse(mail.build(to=["a@example.vn"], subject=subject, text="x"))
        assert parsed["Subject"] == subject.strip()


def test_subject_is_one_line_even_when_a_title_holds_line_breaks():
    parsed = parse(mail.build(to=["a@example.vn"], subject="Đã xuất bản:\n  Tin  mới\r\n", text="x"))
    assert parsed["Subject"] == "Đã xuất bản: Tin mới"


def test_date_is_in_the_site_time_zone():
    parsed = parse(mail.build(to=["a@example.vn"], subject="x", text="x"))
    sent = parsed["Date"].datetime
    assert sent.utcoffset() == datetime.timedelta(hours=7)
    assert abs(sent - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=1)


def test_text_and_html_parts_read_back_intact():
    text = "Kính gửi đồng chí Lê Văn Chủ Trì,\n\n- Việc quá hạn: “Báo cáo tổng kết”\n"
    html = "<p>Kính gửi đồng chí <b>Lê Văn Chủ Trì</b>,</p>"
    parsed = parse(mail.build(to=["a@example.vn"], subject="Nhắc việc", text=text, html=html))
    assert parsed.get_content_type() == "multipart/alternative"
    assert parsed.get_body(("plain",)).get_content() == text
    assert parsed.get_body(("html",)).get_content().strip() == html
    assert parsed["Auto-Submitted"] == "auto-generated"


def test_no_address_sends_nothing(mailoutbox):
    assert mail.send(to=["", None], subject="x", text="x") == 0
    assert mailoutbox == []


SEND = """
import django
django.setup()
from django.conf import settings
from core import mail
print(settings.EMAIL_BACKEND)
mail.send(to=["doanvien@example.vn"], subject={subject!r}, text="Nội dung thư.\\n", html="<p>Nội dung thư.</p>")
"""


def test_file_backend_is_chosen_by_setting_email_file_path(tmp_path):
    outbox = tmp_path / "outbox"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("EMAIL_", "DEFAULT_FROM"))}
    env.update(DJANGO_SETTINGS_MODULE="config.settings", EMAIL_FILE_PATH=str(outbox),
               EMAIL_FROM_NAME="Văn phòng Cục THADS T.Hóa", EMAIL_FROM_ADDRESS="vanphong@thads.example.vn")
    result = subprocess.run([sys.executable, "-c", SEND.format(subject=LONG_SUBJECT)], cwd=settings.BASE_DIR,
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.mail.backends.filebased.EmailBackend"
    [written] = outbox.iterdir()
    # The file backend writes each message followed by a line of 79 dashes.
    raw = written.read_bytes().split(b"\n" + b"-" * 79 + b"\n")[0]
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["Subject"] == LONG_SUBJECT
    [sender] = parsed["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Văn phòng Cục THADS T.Hóa", "vanphong@thads.example.vn")
    assert parsed["Date"].datetime.utcoffset() == datetime.timedelta(hours=7)
    assert parsed.get_body(("plain",)).get_content() == "Nội dung thư.\n"
