"""Names through time: a unit is called by the name of the day, found by any name, and renamed from a date."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from organisation.models import Unit, UnitEvent, UnitName
from organisation.services import record_succession, rename_unit
from organisation.tests.factories import make_renamed_agency, make_unit
from organisation.tree import unit_tree

pytestmark = pytest.mark.django_db

LAST_DAY_OF_THE_CUC = datetime.date(2025, 6, 30)
FIRST_DAY_RENAMED = datetime.date(2025, 7, 1)


def test_a_record_of_2023_reads_the_name_of_2023_and_today_reads_todays():
    agency = make_renamed_agency()
    then, now = agency.name_on(datetime.date(2023, 3, 31)), agency.name_on(datetime.date(2026, 12, 7))
    assert (then.name, then.symbol, then.superior_lines) == (
        "Cục Thi hành án dân sự tỉnh Thanh Hóa", "CTHADS", ["BỘ TƯ PHÁP", "TỔNG CỤC THI HÀNH ÁN DÂN SỰ"])
    assert (now.name, now.symbol, now.superior_lines) == (
        "Thi hành án dân sự tỉnh Thanh Hóa", "THADS", ["BỘ TƯ PHÁP", "CỤC QUẢN LÝ THI HÀNH ÁN DÂN SỰ"])
    assert agency.name_on(LAST_DAY_OF_THE_CUC).name == "Cục Thi hành án dân sự tỉnh Thanh Hóa"
    assert agency.name_on(FIRST_DAY_RENAMED).name == "Thi hành án dân sự tỉnh Thanh Hóa"


def test_renaming_closes_the_former_name_the_day_before_and_updates_todays_fields():
    agency = make_renamed_agency()
    former, current = UnitName.objects.filter(unit=agency).order_by("pk")
    assert (former.valid_from, former.valid_to) == (None, LAST_DAY_OF_THE_CUC)
    assert (current.valid_from, current.valid_to, current.decision) == (
        FIRST_DAY_RENAMED, None, "Quyết định số 1898/QĐ-BTP ngày 25/6/2025")
    assert (agency.name, agency.short_name, agency.symbol) == ("Thi hành án dân sự tỉnh Thanh Hóa",
                                                              "THADS tỉnh Thanh Hóa", "THADS")


def test_a_unit_without_dated_names_is_called_by_its_own_fields():
    office = make_unit(name="Văn phòng Cục", symbol="CTHADS")
    assert (office.name_on(datetime.date(2001, 1, 1)).name, office.name_on().symbol) == ("Văn phòng Cục", "CTHADS")


def test_a_unit_is_found_by_any_of_its_names():
    agency = make_renamed_agency()
    assert list(Unit.objects.named("Cục Thi hành án dân sự tỉnh Thanh Hóa")) == [agency]
    assert list(Unit.objects.named("cục thads tỉnh thanh hóa")) == [agency]
    assert list(Unit.objects.named("Thi hành án dân sự tỉnh Thanh Hóa")) == [agency]


def test_the_admin_search_finds_a_unit_by_a_former_name(client, superuser):
    make_renamed_agency()
    make_unit(name="Văn phòng")
    client.force_login(superuser)
    page = BeautifulSoup(client.get("/admin/organisation/unit/", {"q": "cuc thi hanh an"}).content, "html.parser")
    assert [link.get_text(strip=True) for link in page.select("#result_list tbody th a")] == [
        "Thi hành án dân sự tỉnh Thanh Hóa"]


def test_two_names_cannot_cover_the_same_day():
    agency = make_renamed_agency()
    overlapping = UnitName(unit=agency, name="Tên trùng thời gian", valid_from=datetime.date(2025, 1, 1),
                           valid_to=datetime.date(2025, 12, 31))
    with pytest.raises(ValidationError) as error:
        overlapping.full_clean()
    assert "đang được dùng trong một phần khoảng thời gian này" in str(error.value)


def test_a_rename_must_start_after_the_name_it_replaces():
    agency = make_renamed_agency()
    with pytest.raises(ValidationError):
        rename_unit(unit=agency, on=FIRST_DAY_RENAMED, name="Tên khác")
    assert UnitName.objects.filter(unit=agency).count() == 2


def test_a_replaced_unit_closes_and_leaves_the_organisation_chart_but_keeps_its_name():
    agency = make_renamed_agency()
    chi_cuc = make_unit(name="Chi cục THADS thành phố Thanh Hóa", kind=Unit.Kind.SUB_DEPARTMENT, parent=agency)
    regional = make_unit(name="Phòng Thi hành án dân sự khu vực 1", kind=Unit.Kind.SUB_DEPARTMENT, parent=agency)
    event = record_succession(source=chi_cuc, target=regional, kind=UnitEvent.Kind.REPLACED, on=FIRST_DAY_RENAMED,
                              decision="Quyết định số 1898/QĐ-BTP")
    chi_cuc.refresh_from_db()
    assert chi_cuc.closed_on == FIRST_DAY_RENAMED and str(event).endswith("(01/07/2025)")
    names = lambda tree: [unit.today.name for top in tree for unit in [top, *top.branches]]  # noqa: E731
    assert "Chi cục THADS thành phố Thanh Hóa" in names(unit_tree(today=LAST_DAY_OF_THE_CUC))
    assert names(unit_tree(today=FIRST_DAY_RENAMED)) == ["Thi hành án dân sự tỉnh Thanh Hóa",
                                                          "Phòng Thi hành án dân sự khu vực 1"]
    assert list(regional.predecessions.values_list("source__name", flat=True)) == ["Chi cục THADS thành phố Thanh Hóa"]


def test_a_unit_cannot_succeed_itself():
    unit = make_unit()
    with pytest.raises(ValidationError):
        record_succession(source=unit, target=unit, kind=UnitEvent.Kind.MERGED, on=FIRST_DAY_RENAMED)
