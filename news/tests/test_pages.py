"""What a reader sees on the home, article and category pages."""

import datetime

import pytest
from django.utils import timezone

from news.tests.factories import image_upload, local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


def test_home_shows_identity_from_settings_navigation_news_picker_and_footer(client, site_settings):
    category = make_category(name="Hoạt động đoàn thể")
    make_article(title="Tin nổi bật", featured=True, category=category)
    make_article(title="Tin mới nhất", category=category)
    page = client.get("/").content.decode()
    for expected in (
        "Cục Thi hành án dân sự tỉnh Thanh Hóa",
        'href="/chuyen-muc/hoat-dong-doan-the/"',
        "Tin nổi bật",
        "Tin mới nhất",
        "Các tin đã đưa ngày",
        "Số 1 Đường Mẫu, TP. Thanh Hóa",
        "0237 000 0000",
        "cuc@example.vn",
        "Nguyễn Văn A, Chánh Văn phòng",
    ):
        assert expected in page, expected


def test_identity_is_edited_in_one_record_not_templates(client, site_settings):
    site_settings.agency_name = "Tên cơ quan đã đổi"
    site_settings.save()
    assert "Tên cơ quan đã đổi" in client.get("/").content.decode()


def test_article_page_shows_date_summary_cover_body_byline_and_other_news(client):
    category = make_category(name="Hoạt động đoàn thể")
    older = make_article(title="Tin cũ hơn", category=category, published_at=local_datetime(2023, 3, 1))
    make_article(title="Tin khác chuyên mục", published_at=local_datetime(2023, 3, 2), category=make_category())
    newer = make_article(title="Tin mới hơn", category=category, published_at=local_datetime(2023, 5, 1))
    article = make_article(
        title="Bài chính", category=category, published_at=local_datetime(2023, 4, 3),
        summary="Tóm tắt bài.", body="<p>Đoạn một.</p><p>Đoạn hai.</p>",
        byline="Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn",
        cover=image_upload("anh-bia.jpg", size=(1600, 900)), cover_caption="Toàn cảnh buổi làm việc",
    )
    response = client.get(article.get_absolute_url())
    page = response.content.decode()
    for expected in ("03/04/2023", "Tóm tắt bài.", "<p>Đoạn một.</p><p>Đoạn hai.</p>", "Toàn cảnh buổi làm việc",
                     "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn", 'href="/chuyen-muc/hoat-dong-doan-the/"',
                     "Các tin khác", older.title):
        assert expected in page, expected
    assert newer.title not in page
    assert "Tin khác chuyên mục" not in page
    # The byline closes the article, after the body.
    assert page.index("Đoạn hai.") < page.index('<p class="byline">Tin bài: Tuấn Linh')


def test_lists_send_thumbnails_never_the_original_photo(client):
    article = make_article(title="Có ảnh", cover=image_upload("goc.jpg", size=(2000, 1500)))
    original = article.cover.url
    for path in ("/", "/tin-tuc/", article.category.get_absolute_url(), article.get_absolute_url()):
        page = client.get(path).content.decode()
        assert original not in page, path
        assert "/media/renditions/" in page, path


def test_rendition_is_made_once_and_is_small(client, settings):
    from PIL import Image

    article = make_article(cover=image_upload("goc.jpg", size=(2000, 1500)))
    client.get("/tin-tuc/")
    files = list((settings.MEDIA_ROOT / "renditions" / "360").glob("*.jpg"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    client.get("/tin-tuc/")
    assert files[0].stat().st_mtime_ns == stamp
    with Image.open(files[0]) as thumb:
        assert thumb.width == 360
    assert article.cover.width == 2000


def test_category_page_lists_only_its_published_news(client):
    category = make_category(name="Thông báo")
    make_article(title="Thông báo lịch tiếp công dân", category=category)
    make_article(title="Tin chuyên mục khác", category=make_category())
    make_article(title="Thông báo chưa đến giờ", category=category,
                 published_at=timezone.now() + datetime.timedelta(days=1))
    page = client.get("/chuyen-muc/thong-bao/").content.decode()
    assert "Thông báo lịch tiếp công dân" in page
    assert "Tin chuyên mục khác" not in page
    assert "Thông báo chưa đến giờ" not in page


def test_article_page_does_not_repeat_a_summary_made_from_the_body(client):
    article = make_article(body="<p>Đoạn mở đầu của bài viết.</p>", summary="")
    assert article.summary == "Đoạn mở đầu của bài viết."
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'class="summary"' not in page
    assert "<p>Đoạn mở đầu của bài viết.</p>" in page
