"""Every model a public page shows makes cached pages stale when it changes; none is left to opt in."""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.db.models import F
from django.utils import timezone

from cms.models import DailyVisits
from core.caching import invalidation
from core.caching.pagecache import current_state
from core.dates.localtime import local_day_start
from documents import workflow as document_workflow
from documents.models import Document
from documents.tests.factories import make_document
from news.models import Article, RenderedArticle
from news.tests.factories import make_article
from schedule.models import Entry
from schedule.tests.factories import make_entry
from youth.models import Meeting
from youth.tests.factories import make_meeting

PROJECT_APPS = {"core", "cms", "sitewide", "news", "organisation", "legal", "youth", "feedback", "notices",
                "documents", "schedule", "procedures"}


def later_today():
    """Return a time within today and so within the home page's "this week" (today to Sunday)."""
    return local_day_start(timezone.localdate()) + datetime.timedelta(hours=23)


def home_hit(client):
    """Read the home page until it comes from the page cache; return it."""
    client.get("/")
    response = client.get("/")
    assert response["X-Page-Cache"] == "hit"
    return response.content.decode()


def test_the_walk_sees_every_project_app_and_no_installed_package():
    assert {config.label for config in invalidation.project_app_configs()} == PROJECT_APPS


def test_every_model_of_the_project_is_covered_or_declared_private():
    uncovered = {}
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS or invalidation.is_private(model):
            continue
        if missing := invalidation.uncovered_paths(model):
            uncovered[model._meta.label] = missing
    assert not uncovered, (
        "Models a public page may show whose changes would leave cached pages stale: "
        f"{uncovered}. Give them an InvalidatingQuerySet, or name them in their app's private_models.")


def test_every_private_name_is_a_model_of_its_app():
    # A misspelt name would leave nothing private, but a renamed model would silently lose the exemption.
    for config in invalidation.project_app_configs():
        names = {model._meta.object_name for model in config.get_models()}
        assert set(getattr(config, "private_models", ())) <= names, config.label


@pytest.mark.parametrize("label", ["schedule.Entry", "documents.Document", "documents.DocumentFile", "youth.Meeting",
                                   "procedures.Procedure", "organisation.Person", "news.Article", "notices.Notice"])
def test_what_public_pages_show_is_not_private(label):
    assert apps.get_model(label) in invalidation.public_models()


@pytest.mark.django_db
def test_a_schedule_entry_published_this_week_is_on_the_cached_home_page_at_once(client, site_settings):
    assert "Họp trực tuyến triển khai công tác năm" not in home_hit(client)
    make_entry(starts_at=later_today(), content="Họp trực tuyến triển khai công tác năm")
    assert "Họp trực tuyến triển khai công tác năm" in client.get("/").content.decode()


@pytest.mark.django_db
def test_an_entry_published_by_a_bulk_update_is_on_the_cached_home_page_at_once(client, site_settings):
    draft = make_entry(starts_at=later_today(), content="Làm việc với Chi cục huyện Nga Sơn", is_published=False)
    assert "Chi cục huyện Nga Sơn" not in home_hit(client)
    Entry.objects.filter(pk=draft.pk).update(is_published=True)
    assert "Chi cục huyện Nga Sơn" in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_meeting_put_on_the_public_schedule_is_on_the_cached_home_page_at_once(client, site_settings):
    meeting = make_meeting(title="Hội nghị Ban Chấp hành Đoàn cơ sở", starts_at=later_today(),
                           state=Meeting.State.PLANNED)
    assert "Ban Chấp hành Đoàn cơ sở" not in home_hit(client)
    meeting.on_public_schedule = True
    meeting.save()
    assert "Ban Chấp hành Đoàn cơ sở" in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_document_published_through_the_workflow_is_on_the_cached_home_page_at_once(
        client, site_settings, django_user_model):
    document = make_document(number="27/QĐ-CTHADS", summary="Về việc ban hành quy chế tiếp công dân",
                             status=Document.Status.APPROVED)
    publisher = django_user_model.objects.create_user("vanthu", password="mat-khau-dai-123", is_staff=True)
    publisher.user_permissions.set(Permission.objects.filter(codename="publish_document"))
    assert "quy chế tiếp công dân" not in home_hit(client)
    document_workflow.publish(document=document, by=django_user_model.objects.get(pk=publisher.pk))
    assert "quy chế tiếp công dân" in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_document_deleted_is_gone_from_the_cached_home_page_at_once(client, site_settings):
    document = make_document(summary="Về việc kiện toàn tổ công tác")
    assert "kiện toàn tổ công tác" in home_hit(client)
    document.delete()
    assert "kiện toàn tổ công tác" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_readings_and_counters_do_not_empty_the_page_cache(client, site_settings):
    article = make_article(title="Tin để đếm lượt đọc")
    generation = current_state()["generation"]
    # A first reading stores the article's page (news/article_page) and counts a visit and a view.
    assert client.get(article.get_absolute_url()).status_code == 200
    assert RenderedArticle.objects.filter(article=article).exists()
    DailyVisits.objects.create(day=timezone.localdate(), visits=1)
    Article.objects.filter(pk=article.pk).update(view_count=F("view_count") + 1)
    assert current_state()["generation"] == generation
