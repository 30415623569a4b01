"""generate_corpus makes realistic, complete and repeatable articles."""

import io
import zoneinfo

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from news.models import Article, Category

pytestmark = pytest.mark.django_db

LOCAL = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def generate(**options):
    err = io.StringIO()
    call_command("generate_corpus", until="2026-11-26", stdout=io.StringIO(), stderr=err, **options)
    return err.getvalue()


def snapshot():
    return list(Article.objects.order_by("id").values_list("title", "slug", "published_at", "byline", "cover"))


def test_articles_are_complete_unique_and_spread_over_the_years():
    output = generate(articles=120, years=3, seed=7)
    assert "120/120" in output  # the progress bar reached the end
    assert Article.objects.count() == 120
    assert set(Category.objects.values_list("name", flat=True)) >= {
        "Hoạt động của Cục", "Hoạt động của các Chi cục", "Hoạt động đoàn thể"}
    slugs = list(Article.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == len(slugs)
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    assert published.count() > 100
    years = {a.published_at.astimezone(LOCAL).year for a in published}
    assert years >= {2024, 2025, 2026}
    for article in Article.objects.all():
        assert article.title and article.summary and article.body.startswith("<p>")
        assert article.byline
        local = article.published_at and article.published_at.astimezone(LOCAL)
        if local:
            # Written in office hours, local time.
            assert 7 <= local.hour <= 17, local
    vietnamese = " ".join(Article.objects.values_list("title", flat=True))
    assert "Thi hành án" in vietnamese or "thi hành án" in vietnamese


def test_a_share_has_covers_that_are_real_jpegs_reused():
    generate(articles=60, years=1, seed=3)
    covers = set(Article.objects.exclude(cover="").values_list("cover", flat=True))
    assert 0 < Article.objects.exclude(cover="").count() < 60
    assert len(covers) <= 8
    for name in covers:
        with default_storage.open(name) as handle:
            assert Image.open(handle).format == "JPEG"


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another():
    generate(articles=40, years=2, seed=11)
    first = snapshot()
    Article.objects.all().delete()
    generate(articles=40, years=2, seed=11)
    assert [row[:1] + row[2:] for row in snapshot()] == [row[:1] + row[2:] for row in first]
    Article.objects.all().delete()
    generate(articles=40, years=2, seed=12)
    assert [row[0] for row in snapshot()] != [row[0] for row in first]


def test_a_second_run_adds_articles_without_slug_clashes():
    generate(articles=30, years=1, seed=5)
    generate(articles=30, years=1, seed=5)
    slugs = list(Article.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 60


def test_bad_options_are_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        generate(articles=10, years=0)


def test_generated_text_never_says_a_word_twice_in_a_row():
    """Issue 12, item 14: "tổng kết công tác năm năm 2026" must not be generated."""
    import re

    from sitewide.corpus.news import no_repeated_words

    assert no_repeated_words("sơ kết công tác năm năm 2026") == "sơ kết công tác năm 2026"
    assert no_repeated_words("Năm năm 2026, quý I") == "Năm 2026, quý I"
    assert no_repeated_words("ngày 19/7 năm 2023") == "ngày 19/7 năm 2023"
    generate(articles=300, years=2, seed=12)
    twice = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
    for title, summary, body in Article.objects.values_list("title", "summary", "body"):
        for text in (title, summary, re.sub(r"<[^>]+>", " ", body)):
            assert not twice.search(text), twice.search(text).group(0)
