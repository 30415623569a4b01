"""Introduction and contact pages edited in the admin, in the menu, and seeded as placeholders."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from cms.demo import seed_pages
from cms.models import Leader, Page, SiteSettings

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
    nav = html[html.index('id="nav-list"'):html.index("</ul>", html.index('id="nav-list"'))]
    assert '<a href="/gioi-thieu/">Giới thiệu</a>' in nav and '<a href="/lien-he/">Liên hệ</a>' in nav


def test_leaders_page_shows_photos_and_positions(client, intro):
    from news.tests.factories import image_upload

    Leader.objects.create(name="Nguyễn Văn B", position_title="Cục trưởng", order=1, photo=image_upload("b.jpg"))
    Leader.objects.create(name="Trần Thị C", position_title="Phó Cục trưởng", order=2)
    Leader.objects.create(name="Đã nghỉ", position_title="Nguyên Cục trưởng", active=False)
    html = client.get("/gioi-thieu/lanh-dao/").content.decode()
    assert html.index("Nguyễn Văn B") < html.index("Trần Thị C")
    assert "Phó Cục trưởng" in html and "Đã nghỉ" not in html
    assert '<img src="/media/renditions/240/' in html and 'alt="Nguyễn Văn B"' in html


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
    assert Page.objects.count() == 5 and Leader.objects.count() == 3
    assert set(Page.objects.get(slug="gioi-thieu").children.values_list("slug", flat=True)) == {
        "chuc-nang-nhiem-vu", "co-cau-to-chuc", "lanh-dao"}
    assert all("Nội dung mẫu" in page.body for page in Page.objects.all())
    assert "nội dung mẫu" in SiteSettings.objects.get().contact_official


def test_seed_demo_fills_the_pages(client, tmp_path):
    call_command("seed_demo", stdout=io.StringIO())
    assert client.get("/gioi-thieu/lanh-dao/").status_code == 200
    assert "Nội dung mẫu" in client.get("/lien-he/").content.decode()


def test_pages_and_leaders_are_edited_in_the_admin(admin_client, intro):
    for name in ["admin:cms_page_changelist", "admin:cms_page_add", "admin:cms_leader_changelist",
                 "admin:cms_leader_add"]:
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
