"""Task groups are counted and reported per meeting, never merged across meetings (issue 12, item 12)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from youth.exports.report_docx import build_party_report
from youth.tests.docx_reading import docx_text
from youth.tests.factories import make_meeting, make_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_meetings():
    march = make_meeting(title="Làm việc với BCH Chi đoàn", starts_at=timezone.now() - datetime.timedelta(days=40))
    may = make_meeting(title="Sinh hoạt chi đoàn tháng 5", starts_at=timezone.now() - datetime.timedelta(days=10))
    make_task(meeting=march, group="Nhóm 1", title="Tuyên truyền phòng chống tham nhũng")
    make_task(meeting=march, group="Nhóm 1", title="Tọa đàm pháp luật")
    make_task(meeting=may, group="Nhóm 1", title="Giải bóng đá")
    make_task(group="", title="Việc không thuộc cuộc họp")
    return march, may


def test_the_dashboard_counts_each_meeting_s_group_apart(client, leader, two_meetings):
    client.force_login(leader)
    page = BeautifulSoup(client.get(reverse("youth:dashboard")).content, "html.parser")
    table = next(t for t in page.select("table.grid") if t.caption.get_text(strip=True) == "Theo nhóm nhiệm vụ")
    rows = {tr.th.get_text(strip=True): int(tr.find_all("td")[0].get_text(strip=True))
            for tr in table.select("tbody tr")}
    assert rows == {"Nhóm 1 – Làm việc với BCH Chi đoàn": 2, "Nhóm 1 – Sinh hoạt chi đoàn tháng 5": 1,
                    "(chưa phân nhóm)": 1}


def test_the_party_report_lists_each_meeting_s_group_apart(two_meetings):
    today = timezone.localdate()
    _document, text = docx_text(build_party_report(start=today - datetime.timedelta(days=60), end=today))
    lines = text.splitlines()
    first = lines.index("Nhóm 1 – Làm việc với BCH Chi đoàn")
    second = lines.index("Nhóm 1 – Sinh hoạt chi đoàn tháng 5")
    assert first < lines.index("- Tuyên truyền phòng chống tham nhũng") < lines.index("- Tọa đàm pháp luật") < second
    assert second < lines.index("- Giải bóng đá")
