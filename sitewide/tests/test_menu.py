"""The main menu: the sections in the order citizens look, each label once, Hỏi đáp findable everywhere."""

import re

import pytest

from cms.models import Page

pytestmark = pytest.mark.django_db
TOP_LEVEL = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Thông tin thi hành án",
             "Lịch công tác", "Hỏi đáp", "Liên hệ"]


def menu(html):
    return html[html.index('id="nav-list"'):html.index("</nav>")]


def top_level_labels(nav):
    """The labels of the menu's first level: links and sub-menu names, sub-menu entries left out."""
    without_subs = re.sub(r'<ul class="nav-sub-list">.*?</ul>', "", nav, flags=re.S)
    return [label.strip() for label in re.findall(r"<(?:a [^>]*|summary)>([^<]+)</", without_subs)]


def test_menu_lists_the_sections_in_order_each_label_once(client, site_settings):
    Page.objects.create(title="Giới thiệu", slug="gioi-thieu", body="<p>Giới thiệu chung</p>")
    nav = menu(client.get("/").text)
    assert top_level_labels(nav) == TOP_LEVEL
    labels = re.findall(r"<(?:a [^>]*|summary)>([^<]+)</", nav)
    assert len(labels) == len(set(labels)), labels
    assert '<a href="/hoi-dap/">Hỏi đáp</a>' in nav
    assert '<a href="/thong-bao/">Thông báo</a>' in nav
    assert '<a href="/thong-tin-thi-hanh-an/chua-co-dieu-kien/">Người chưa có điều kiện thi hành</a>' in nav


def test_news_categories_sit_under_the_news_sub_menu(client, site_settings):
    from news.tests.factories import make_category

    make_category(name="Hoạt động đoàn thể")
    nav = menu(client.get("/").text)
    news = nav[nav.index("<summary>Tin tức</summary>"):]
    news = news[:news.index("</details>")]
    assert '<a href="/tin-tuc/">Tin mới nhất</a>' in news and 'href="/chuyen-muc/hoat-dong-doan-the/"' in news


def test_the_public_top_bar_has_no_log_in_link_but_staff_see_their_links(client, site_settings, editor):
    html = client.get("/").text
    assert "Đăng nhập" not in html and "/admin/login/" not in html
    client.force_login(editor)
    topbar = client.get("/").text.split('class="topbar"')[1].split("</header>")[0]
    assert 'href="/admin/"' in topbar


def test_the_phone_toggle_has_an_icon_and_its_name(client, site_settings):
    html = client.get("/").text
    toggle = html[html.index('<button class="nav-toggle"'):]
    toggle = toggle[:toggle.index("</button>")]
    assert '<svg class="nav-toggle-icon" aria-hidden="true"' in toggle and toggle.endswith(" Danh mục")


@pytest.mark.parametrize("path", ["/", "/lien-he/", "/so-do-trang/"])
def test_home_contact_and_site_map_lead_to_questions_and_answers(client, site_settings, path):
    html = client.get(path).text
    content = html[html.index('id="main"'):]
    for link in ('<a href="/hoi-dap/gui-cau-hoi/">Gửi câu hỏi, phản ánh</a>',
                 '<a href="/hoi-dap/tra-cuu/">Tra cứu kết quả</a>', '<a href="/hoi-dap/">Hỏi đáp</a>'):
        assert link in content, (path, link)
