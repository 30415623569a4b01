"""Stored article pages (news/article_page): rendered once, never shown stale, filled per request."""

from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from cms.models import SiteSettings
from core.testing.factories import make_user, pdf_upload
from news import workflow
from news.article_page import stored as stored_part
from news.models import Article, Attachment, RenderedArticle
from news.related import refresh_related
from news.roles import APPROVER
from news.tests.factories import local_datetime, make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_cached(settings):
    # What is shown must come from the stored page or a new rendering, not from a kept page.
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0


@pytest.fixture
def category(db):
    return make_category(name="Hoạt động Chi đoàn")


@pytest.fixture
def older(category):
    """Three older articles of the same category, newest last."""
    return [make_article(title=f"Tin cũ số {n} về tuổi trẻ", category=category,
                         published_at=local_datetime(2024, 5, 1 + n)) for n in range(3)]


@pytest.fixture
def article(category, older):
    return make_article(title="Chi đoàn ra quân tình nguyện tuổi trẻ", category=category,
                        published_at=local_datetime(2024, 5, 10))


def page(client, article, **extra):
    response = client.get(article.get_absolute_url(), **extra)
    assert response.status_code == 200
    return response.content.decode()


def stored(article):
    return RenderedArticle.objects.get(article=article)


def test_the_first_reading_stores_the_page_and_the_next_one_reads_it(client, article):
    assert not RenderedArticle.objects.filter(article=article).exists()
    first = page(client, article)
    row = stored(article)
    assert "Chi đoàn ra quân tình nguyện tuổi trẻ" in row.block
    with mock.patch.object(stored_part, "render_parts", side_effect=AssertionError("rendered again")):
        assert page(client, article) == first


def test_publishing_stores_the_page_before_anyone_reads_it(category, django_capture_on_commit_callbacks):
    pending = make_article(title="Bài chờ duyệt", category=category, status=Article.Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish_article(article=pending, by=make_user(APPROVER))
    assert "Bài chờ duyệt" in stored(pending).block


def test_an_edit_of_the_article_shows_at_once(client, article):
    page(client, article)
    article.title = "Chi đoàn ra quân tình nguyện hè 2024"
    article.save()
    assert "Chi đoàn ra quân tình nguyện hè 2024" in page(client, article)
    assert "hè 2024" in stored(article).block


def test_other_news_follow_the_older_articles_of_the_category_without_any_save(client, article, older):
    html = page(client, article)
    assert all(other.title in html for other in older)
    # Taken down behind the page's back: no save, no signal, yet it is gone from the page.
    Article.objects.filter(pk=older[0].pk).update(status=Article.Status.TAKEN_DOWN)
    Article.objects.filter(pk=older[1].pk).update(title="Tin cũ đã sửa tiêu đề")
    html = page(client, article)
    assert older[0].title not in html
    assert "Tin cũ đã sửa tiêu đề" in html


def test_a_backdated_article_joins_the_other_news_of_newer_ones(client, article, category):
    page(client, article)
    backdated = make_article(title="Tin đăng bổ sung về tuổi trẻ", category=category,
                             published_at=local_datetime(2024, 5, 9))
    assert backdated.title in page(client, article)


def test_related_news_show_their_current_titles(client, category):
    first = make_article(title="Hội nghị tổng kết công tác thi hành án", category=category,
                         published_at=local_datetime(2024, 6, 1))
    second = make_article(title="Hội nghị tổng kết công tác thi hành án năm 2024", category=make_category(),
                          published_at=local_datetime(2024, 6, 2))
    refresh_related(second)
    assert first.title in page(client, second)
    Article.objects.filter(pk=first.pk).update(title="Hội nghị tổng kết thi hành án dân sự")
    assert "Hội nghị tổng kết thi hành án dân sự" in page(client, second)


def test_the_category_and_the_agency_name_show_their_current_names(client, article, category, site_settings):
    page(client, article)
    category.name = "Tuổi trẻ Cục"
    category.save()
    site_settings.agency_name = "Cục Thi hành án dân sự Thanh Hóa (mới)"
    site_settings.save()
    SiteSettings.load()  # noqa: B018 (through the cache, as a reading does)
    html = page(client, article)
    assert '<p class="breadcrumb"><a href="/chuyen-muc/' in html and "Tuổi trẻ Cục</a>" in html
    assert '<meta name="DC.publisher" content="Cục Thi hành án dân sự Thanh Hóa (mới)">' in html


def test_the_view_count_and_attachments_are_current_while_the_stored_page_stays(client, article):
    page(client, article)
    stamp = stored(article).stamp
    Article.objects.filter(pk=article.pk).update(view_count=1234)
    Attachment.objects.create(article=article, title="Kế hoạch ra quân", file=pdf_upload())
    html = page(client, article)
    assert "Lượt xem: 1.234" in html or "Lượt xem: 1234" in html
    assert "Kế hoạch ra quân" in html
    assert stored(article).stamp == stamp
    assert stored_part.VIEWS_SLOT in stored(article).block


def test_each_host_reads_its_own_address_and_the_stored_page_holds_neither(client, article, settings):
    settings.ALLOWED_HOSTS = ["thads.example.vn", "testserver"]
    here = page(client, article, HTTP_HOST="thads.example.vn", HTTP_X_FORWARDED_PROTO="https")
    there = page(client, article)
    path = article.get_absolute_url()
    assert f'<link rel="canonical" href="http://thads.example.vn{path}">' in here or \
        f'<link rel="canonical" href="https://thads.example.vn{path}">' in here
    assert f'<link rel="canonical" href="http://testserver{path}">' in there
    assert "thads.example.vn%2F" in here and "testserver%2F" in there  # the e-mail link's quoted address
    row = stored(article)
    assert "thads.example.vn" not in row.head + row.block and "testserver" not in row.head + row.block


def test_a_change_of_the_templates_renders_the_page_again(client, article, monkeypatch):
    page(client, article)
    before = stored(article).stamp
    monkeypatch.setattr(stored_part, "templates_key", lambda: "another deploy")
    page(client, article)
    assert stored(article).stamp != before


def test_a_staff_preview_is_never_stored(client, category):
    draft = make_article(title="Bản nháp chưa công bố", category=category, status=Article.Status.DRAFT)
    client.force_login(make_user(APPROVER))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200 and "Bản nháp chưa công bố" in response.content.decode()
    assert not RenderedArticle.objects.exists()


def test_render_articles_renders_what_is_missing_or_stale_and_nothing_else(article, older, capsys):
    call_command("render_articles")
    assert "4 rendered of 4" in capsys.readouterr().out
    call_command("render_articles")
    assert "0 rendered of 4" in capsys.readouterr().out
    # The retitled article's page, and every page listing it (other or related news).
    listing = RenderedArticle.objects.filter(block__contains=older[2].title).count()
    assert listing >= 2
    # An article's own content is trusted to its updated_at, which every save() moves.
    Article.objects.filter(pk=older[2].pk).update(title="Tin cũ đổi tên", updated_at=timezone.now())
    call_command("render_articles")
    assert f"{listing} rendered of 4" in capsys.readouterr().out
    assert "Tin cũ đổi tên" in stored(article).block and "<h1>Tin cũ đổi tên</h1>" in stored(older[2]).block


def test_on_postgresql_only_the_pages_statements_are_prepared(client, article):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    page(client, article)
    client.get("/tim-kiem/?q=tuổi+trẻ")
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any("WHERE a.slug = $1" in statement for statement in prepared)
    # Django's own statements (search among them) keep their plans made for their values.
    assert all("news_renderedarticle" in statement or "LIMIT 8" in statement for statement in prepared)


def test_a_bulk_update_of_what_the_page_shows_moves_the_stamp(client, article):
    page(client, article)
    before = stored(article).stamp
    Article.objects.filter(pk=article.pk).update(view_count=41)  # filled per reading: the stamp stays
    page(client, article)
    assert stored(article).stamp == before
    Article.objects.filter(pk=article.pk).update(body="<p>Nội dung sửa hàng loạt.</p>")
    assert "Nội dung sửa hàng loạt." in page(client, article)
    assert stored(article).stamp != before
