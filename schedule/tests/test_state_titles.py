"""The work schedule is the State's: a chair is named by the State title held on the item's day only,
"Trưởng Thi hành án dân sự tỉnh" and never "Bí thư Đảng ủy, Cục trưởng"; units by their name that day."""

import datetime

import pytest

from organisation.tests import renamed as r
from schedule.ical import build_calendar
from schedule.tests.factories import at, make_entry
from youth.models import Meeting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_cached(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def department(site_settings):
    return r.renamed_department()


def test_week_of_2026_shows_the_state_title_only(client, department):
    make_entry(starts_at=at(2026, 3, 16, 8), content="Giao ban tuần", chair=department.director,
               preparing_unit=department.office)
    Meeting.objects.create(title="Làm việc với Chi đoàn", starts_at=at(2026, 3, 17, 14), chair=department.director,
                           organiser=department.youth, on_public_schedule=True)
    ical = build_calendar(start=datetime.date(2026, 3, 16), end=datetime.date(2026, 3, 23)).decode()
    pages = {url: client.get(url).content.decode()
             for url in ("/lich-cong-tac/?tuan=2026-W12", "/lich-cong-tac/in/?tuan=2026-W12")}
    pages["ics"] = ical.replace("\r\n ", "")  # long lines unfolded
    for url, text in pages.items():
        assert text.count(f"Hoàng Văn Truyền – {r.DIRECTOR_AFTER}") == 2, url
        assert r.PARTY_SECRETARY not in text and r.DIRECTOR_BEFORE not in text, url
    html = client.get("/lich-cong-tac/?tuan=2026-W12").content.decode()
    assert r.YOUTH_AFTER in html and "Văn phòng Cục" not in html


def test_week_of_2023_shows_the_state_title_and_names_of_2023(client, department):
    make_entry(starts_at=at(2023, 3, 27, 8), content="Giao ban tuần", chair=department.director,
               preparing_unit=department.office)
    html = client.get("/lich-cong-tac/?tuan=2023-W13").content.decode()
    assert f"Hoàng Văn Truyền – {r.DIRECTOR_BEFORE}" in html
    assert r.PARTY_SECRETARY not in html and r.DIRECTOR_AFTER not in html
    assert "Văn phòng Cục" in html
