"""Fixtures of the news tests: private media per test and one user per editorial role."""

import pytest

from core.testing.factories import make_user
from news import roles
from news.tests.factories import make_article


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def writer(db):
    return make_user(roles.WRITER, username="phongvien", first_name="Tuấn", last_name="Linh")


@pytest.fixture
def other_writer(db):
    return make_user(roles.WRITER, username="phongvien2")


@pytest.fixture
def section_editor(db):
    return make_user(roles.EDITOR, username="bientapvien")


@pytest.fixture
def approver(db):
    return make_user(roles.APPROVER, username="lanhdao")


@pytest.fixture
def administrator(db):
    return make_user(roles.ADMINISTRATOR, username="quantri")


@pytest.fixture
def draft(writer):
    """A draft written by the writer."""
    return make_article(status="draft", author=writer, title="Bản tin nháp")
