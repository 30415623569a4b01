"""The footer carries what the law asks, labelled once; check --deploy lists leftover placeholders (item 4)."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from cms.models import Page, SiteSettings
from cms.placeholders import find_placeholders, placeholders_left
from organisation.models import Person


def footer_of(client):
    return BeautifulSoup(client.get("/").content, "html.parser").select_one("footer.site-footer")


def test_the_footer_labels_each_legal_line_once(client, site_settings):
    site_settings.licence = "Giấy phép số 01/GP-TTĐT ngày 01/01/2024 của Sở Thông tin và Truyền thông"
    site_settings.save()
    footer = footer_of(client)
    lines = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
             for dt in footer.select(".footer-contact dt")}
    assert lines == {
        "Cơ quan chủ quản": "Bộ Tư pháp",
        "Địa chỉ": "Số 1 Đường Mẫu, TP. Thanh Hóa",
        "Điện thoại": "0237 000 0000",
        "Thư điện tử": "cuc@example.vn",
        "Người chịu trách nhiệm chính": "Nguyễn Văn A, Chánh Văn phòng",
    }
    text = footer.get_text(" ", strip=True)
    assert "Giấy phép số 01/GP-TTĐT" in text
    assert ("Ghi rõ nguồn “Cục Thi hành án dân sự tỉnh Thanh Hóa” khi phát hành lại thông tin "
            "từ cổng thông tin này.") in text
    assert "Email" not in text


def test_the_seeded_footer_says_its_values_are_placeholders_without_a_second_label(client, db):
    call_command("seed_demo", stdout=StringIO())
    text = footer_of(client).get_text(" ", strip=True)
    assert text.count("Người chịu trách nhiệm") == 1
    assert "(nội dung mẫu, cần cập nhật)" in text and "(số mẫu)" in text


def test_check_deploy_lists_every_placeholder_left(db):
    call_command("seed_demo", stdout=StringIO())
    found = find_placeholders()
    assert {"Thông tin chung › địa chỉ", "Thông tin chung › điện thoại", "Thông tin chung › thư điện tử",
            "Thông tin chung › người chịu trách nhiệm", "Trang “Giới thiệu”",
            "Cán bộ “Bí thư Chi đoàn (tên mẫu)”"} <= set(found)
    [warning] = placeholders_left()
    assert warning.id == "cms.W010" and "Trang “Giới thiệu”" in warning.msg
    with pytest.raises(SystemCheckError, match="cms.W010"):
        call_command("check", deploy=True, fail_level="WARNING", stdout=StringIO(), stderr=StringIO())
    # A plain check (runserver, migrate) stays quiet about content.
    call_command("check", fail_level="WARNING", stdout=StringIO())


def test_no_warning_once_the_real_details_are_in(site_settings):
    Page.objects.create(title="Giới thiệu", body="<p>Cục Thi hành án dân sự tỉnh Thanh Hóa.</p>")
    Person.objects.create(full_name="Nguyễn Văn B", position="Cục trưởng", leader_order=1)
    site_settings.email = "cucthads@moj.gov.vn"
    site_settings.save()
    assert find_placeholders() == []
    assert placeholders_left() == []
    SiteSettings.objects.update(phone="0237 000 0000 (số mẫu)")
    assert find_placeholders() == ["Thông tin chung › điện thoại"]


def test_what_a_reader_sees_has_no_english_or_date_codes(client, site_settings):
    """Item 5: "Menu", "Email" and the "dd/mm/yyyy" placeholder read in Vietnamese."""
    for url in ["/", "/lien-he/", "/tin-tuc/2023/04/03/", "/tim-kiem/?q=dang+uy"]:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        for hidden in page(["script", "style"]):
            hidden.decompose()
        text = page.get_text(" ") + " ".join(tag.get("placeholder", "") for tag in page.find_all("input"))
        assert "Menu" not in text and "Email" not in text and "dd/mm/yyyy" not in text, url
    assert "Danh mục" in client.get("/").content.decode()
