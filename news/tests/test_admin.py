"""An editor publishes through the Django admin, in Vietnamese."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from news.tests.factories import image_upload, make_category

pytestmark = pytest.mark.django_db


def article_form(category, **fields):
    data = {
        "title": "Chi đoàn ra quân tình nguyện", "slug": "", "category": category.pk,
        "summary": "", "body": "<p>Sáng nay, Chi đoàn ra quân.</p><script>alert(1)</script>",
        "byline": "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn", "cover_caption": "Đoàn viên ra quân",
        "attachments-TOTAL_FORMS": "0", "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0", "attachments-MAX_NUM_FORMS": "1000",
    }
    data.update(fields)
    return data


def publish(client, article, publish_at=""):
    """Submit the article, then publish it, through the admin's workflow buttons."""
    for action, data in (("submit", {}), ("publish", {"publish_at": publish_at})):
        article.refresh_from_db()
        data["revision"] = article.revision
        response = client.post(reverse("admin:news_article_transition", args=[article.pk, action]), data)
    return response


def test_admin_login_page_is_vietnamese(client):
    page = client.get("/admin/login/").content.decode()
    assert "Đăng nhập" in page and "Mật khẩu" in page


def test_editor_publishes_an_article_with_a_cover_and_finds_it_on_todays_page(client, editor):
    category = make_category(name="Hoạt động đoàn thể")
    assert client.login(username="bientap", password="mat-khau-dai-123")
    form = client.get("/admin/news/article/add/").content.decode()
    assert "ckeditor" in form and "js/editor-csrf.js" in form
    data = article_form(category, cover=image_upload("Ảnh bìa.jpg", size=(1200, 800)))
    response = client.post("/admin/news/article/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]

    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert publish(client, article).status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.slug == "chi-doan-ra-quan-tinh-nguyen"
    assert article.author == editor
    assert "<script" not in article.body
    assert re.search(r"/anh-bia-[0-9a-f]{16}\.jpg$", article.cover.name)
    client.logout()
    today = timezone.localdate()
    day_page = client.get(f"/tin-tuc/{today:%Y/%m/%d}/").content.decode()
    assert "Chi đoàn ra quân tình nguyện" in day_page
    assert client.get(article.get_absolute_url()).status_code == 200


def test_admin_reads_dates_day_first(client, editor):
    category = make_category()
    client.force_login(editor)
    assert client.post("/admin/news/article/add/", article_form(category)).status_code == 302
    assert publish(client, Article.objects.get(), publish_at="05/03/2026 09:30").status_code == 302
    local = timezone.localtime(Article.objects.get().published_at)
    assert (local.day, local.month, local.hour) == (5, 3, 9)


def test_admin_refuses_a_disguised_cover_and_keeps_the_text(client, editor):
    category = make_category()
    client.force_login(editor)
    data = article_form(category, cover=image_upload("bia.jpg", trailer=b"<script>alert(1)</script>"))
    response = client.post("/admin/news/article/add/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "mã trang web" in page
    assert "Chi đoàn ra quân tình nguyện" in page  # nothing typed is lost
    assert not Article.objects.exists()


def test_admin_explains_a_slug_collision(client, editor):
    category = make_category()
    client.force_login(editor)
    assert client.post("/admin/news/article/add/", article_form(category, slug="trung")).status_code == 302
    response = client.post("/admin/news/article/add/", article_form(category, slug="trung"))
    assert response.status_code == 200
    assert "đã tồn tại" in response.content.decode()


def test_admin_gaps_in_djangos_catalogue_are_filled(client, editor):
    client.force_login(editor)
    category = make_category()
    response = client.post("/admin/news/article/add/", article_form(category, slug="Đường dẫn sai"))
    assert "Nhập đường dẫn hợp lệ" in response.content.decode()
    assert "Ẩn/hiện thanh điều hướng" in client.get("/admin/news/article/").content.decode()
