"""Introduction and contact pages edited in the admin, in the menu, and seeded as placeholders."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from cms.demo import seed_pages
from cms.models import Page, SiteSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def intro(site_settings):
    page = Page.objects.create(title="Giới thiệu", slug="gioi-thieu", body="<p>Giới thiệu chung</p>")
    Page.objects.create(title="Chức năng, nhiệm vụ", parent=page, position=1, body="<p>Nhiệm vụ</p>")
    Page.objects.create(title="Lãnh đạo Cục", slug="lanh-dao", parent=page, position=2, kind=Page.Kind.LEADERS)
    return page


def test_intro_page_lists_its_sub_pages_and_appears_in_the_menu(client, intro):
    html = client.get("/gioi-thieu/").content.decode()
    assert "<h1>Giới thiệu</h1>" in html and "Giới thiệu chung" in html
    assert 'href="/gioi-thieu/chuc-nang-nhiem-vu/"' in html and 'href="/gioi-thieu/lanh-dao/"' in html
    nav = html[html.index('id="nav-list"'):html.index("</nav>")]
    assert '<a href="/gioi-thieu/">Giới thiệu</a>' in nav and '<a href="/lien-he/">Liên hệ</a>' in nav


def test_leaders_page_reads_the_directory_with_photo_position_biography_duties_and_contacts(client, intro):
    from news.tests.factories import image_upload
    from organisation.tests.factories import make_person

    make_person(full_name="Nguyễn Văn B", position="Cục trưởng", leader_order=1, photo=image_upload("b.jpg"),
                biography="Sinh năm 1970, cử nhân luật.", duties="Phụ trách chung", phone="0237 111 222",
                email="b@example.vn")
    make_person(full_name="Trần Thị C", position="Phó Cục trưởng", leader_order=2)
    make_person(full_name="Cán bộ khác", position="Chuyên viên")
    html = client.get("/gioi-thieu/lanh-dao/").content.decode()
    assert html.index("Nguyễn Văn B") < html.index("Trần Thị C")
    assert "Phó Cục trưởng" in html and "Cán bộ khác" not in html
    for shown in ("Sinh năm 1970, cử nhân luật.", "Lĩnh vực phụ trách:</strong> Phụ trách chung", "0237 111 222",
                  'href="mailto:b@example.vn"'):
        assert shown in html
    assert '<img src="/media/renditions/240/' in html and 'alt="Nguyễn Văn B"' in html


def test_organisation_page_shows_the_units_tree_with_contacts(client, intro):
    from organisation.tests.factories import make_person, make_unit

    agency = make_unit(name="Cục THADS tỉnh Thanh Hóa", phone="0237 000 111")
    office = make_unit(name="Văn phòng Cục", parent=agency, email="vp@example.vn", address="Số 1 Đường Mẫu")
    office.head = make_person(full_name="Lê Văn D", position="Chánh Văn phòng", unit=office)
    office.save()
    make_unit(name="Phòng ẩn", parent=agency, is_public=False)
    Page.objects.create(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", parent=intro, kind=Page.Kind.ORGANISATION)
    html = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    chart = html[html.index('class="org-chart"'):]
    nested = chart[chart.index("Cục THADS tỉnh Thanh Hóa"):]
    assert nested.index("0237 000 111") < nested.index("Văn phòng Cục")
    for shown in ("Người đứng đầu: Lê Văn D – Chánh Văn phòng", 'href="mailto:vp@example.vn"', "Số 1 Đường Mẫu"):
        assert shown in chart
    assert "Phòng ẩn" not in html
    assert chart.count('<ul class="unit-tree">') == 2  # the office is nested under the agency


def test_page_body_is_sanitised_on_save(intro):
    page = Page.objects.create(title="Thử", body='<p onclick="x()">Chữ</p><script>alert(1)</script>')
    page.refresh_from_db()
    assert page.body == "<p>Chữ</p>"


def test_unknown_or_misplaced_pages_are_404(client, intro):
    assert client.get("/gioi-thieu/khong-co/").status_code == 404
    assert client.get("/khong-co/").status_code == 404
    other = Page.objects.create(title="Khác", slug="khac")
    assert client.get("/khac/chuc-nang-nhiem-vu/").status_code == 404
    assert client.get(other.get_absolute_url()).status_code == 200


def test_pages_cannot_nest_twice_or_take_reserved_addresses(intro):
    child = intro.children.first()
    with pytest.raises(ValidationError):
        Page(title="Cháu", slug="chau", parent=child).full_clean()
    with pytest.raises(ValidationError):
        Page(title="Tin tức", slug="tin-tuc").full_clean()
    other = Page.objects.create(title="Khác")
    intro.parent = other
    with pytest.raises(ValidationError):
        intro.full_clean()
    assert Page.objects.create(title="Tin tức").slug == "trang-tin-tuc"


def test_contact_page_shows_settings_and_page_text(client, site_settings):
    site_settings.contact_official = "Ông Lê Văn D, Chánh Văn phòng, 0237 111 111"
    site_settings.map_url = "https://www.openstreetmap.org/#map=17/19.80/105.78"
    site_settings.save()
    Page.objects.create(title="Liên hệ", slug="lien-he", body="<p>Giờ làm việc: sáng thứ Hai đến thứ Sáu.</p>")
    html = client.get(reverse("contact")).content.decode()
    for text in ["Số 1 Đường Mẫu, TP. Thanh Hóa", "0237 000 0000", "mailto:cuc@example.vn",
                 "Ông Lê Văn D, Chánh Văn phòng", 'href="https://www.openstreetmap.org/#map=17/19.80/105.78"',
                 "Giờ làm việc", "Cán bộ đầu mối liên hệ"]:
        assert text in html


def test_seed_pages_adds_placeholders_once(site_settings):
    out = io.StringIO()
    seed_pages(stdout=out)
    seed_pages(stdout=out)
    assert Page.objects.count() == 5
    assert set(Page.objects.get(slug="gioi-thieu").children.values_list("slug", flat=True)) == {
        "chuc-nang-nhiem-vu", "co-cau-to-chuc", "lanh-dao"}
    assert all("Nội dung mẫu" in page.body for page in Page.objects.all())
    assert "nội dung mẫu" in SiteSettings.objects.get().contact_official


def test_seed_demo_fills_the_pages(client, tmp_path):
    call_command("seed_demo", stdout=io.StringIO())
    assert client.get("/gioi-thieu/lanh-dao/").status_code == 200
    assert "Nội dung mẫu" in client.get("/lien-he/").content.decode()


def test_pages_are_edited_in_the_admin_and_leaders_in_the_directory(admin_client, intro):
    for name in ["admin:cms_page_changelist", "admin:cms_page_add", "admin:organisation_person_changelist",
                 "admin:organisation_person_add"]:
        assert admin_client.get(reverse(name)).status_code == 200
    assert admin_client.get(reverse("admin:cms_page_change", args=[intro.pk])).status_code == 200
    response = admin_client.post(reverse("admin:cms_page_add"), {
        "title": "Sơ đồ tổ chức", "slug": "", "parent": intro.pk, "position": 3, "kind": "text", "in_menu": "on",
        "body": '<p>Nội dung <a href="javascript:alert(1)">liên kết</a></p>',
        "children-TOTAL_FORMS": "0", "children-INITIAL_FORMS": "0",
    })
    assert response.status_code == 302
    page = Page.objects.get(title="Sơ đồ tổ chức")
    assert page.slug == "so-do-to-chuc" and "javascript" not in page.body
