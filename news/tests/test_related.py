"""Related news stored on publication: the one-article path (index queries) and the bulk pass agree."""

import pytest

from core.search import folded_words
from news.article_page.lookup import link_rows
from news.models import Article, RelatedArticles
from news.related import STORED, compute_related, keywords, refresh_all
from news.tests.factories import local_datetime, make_article
from news.workflow import publish_article, save_article

pytestmark = pytest.mark.django_db

TITLES = [
    "Chi cục THADS Hoằng Hóa tổ chức cưỡng chế thi hành án dân sự",
    "Chi cục THADS Hoằng Hóa tổng kết công tác năm",
    "Cục THADS kiểm tra công tác thi hành án tại Hoằng Hóa",
    "Chi cục THADS Quảng Xương tổ chức cưỡng chế thi hành án",
    "Chi đoàn Thanh niên tổ chức giải bóng đá",
    "Khai mạc giải bóng đá ngành thi hành án",
    "Đảng ủy Cục học tập Nghị quyết",
    "Đảng ủy Cục quán triệt Nghị quyết Trung ương",
    "Thông báo bán đấu giá tài sản tại Quảng Xương",
    "Xyzabc độc nhất",
]


@pytest.fixture
def archive():
    articles = [make_article(title=title, published_at=local_datetime(2023, 1, 1 + n))
                for n, title in enumerate(TITLES)]
    refresh_all()  # as the nightly pass leaves them
    return articles


def test_the_bulk_pass_stores_what_publishing_computes(archive):
    expected = {a.pk: compute_related(a) for a in archive}
    RelatedArticles.objects.all().delete()
    assert refresh_all() == len(archive)
    stored = dict(RelatedArticles.objects.values_list("article", "ids"))
    assert stored == expected
    # Articles sharing specific title words relate; a title sharing nothing relates to nothing.
    by_title = {a.title: a.pk for a in archive}
    party = by_title["Đảng ủy Cục học tập Nghị quyết"]
    assert stored[party][0] == by_title["Đảng ủy Cục quán triệt Nghị quyết Trung ương"]
    assert stored[by_title["Khai mạc giải bóng đá ngành thi hành án"]][0] == by_title[
        "Chi đoàn Thanh niên tổ chức giải bóng đá"]
    assert stored[by_title["Xyzabc độc nhất"]] == []


def ranked_by_definition(article, archive):
    """Score every other article by the weights of the keywords it shares; best, then newest first."""
    weights = keywords(article)
    needed = min(2, len(weights))
    scored = []
    for other in archive:
        shared = [w for w in weights if w in set(folded_words(other.title))]
        if other.pk != article.pk and needed and len(shared) >= needed:
            scored.append((-sum(weights[w] for w in shared), -other.published_at.timestamp(), -other.pk))
    return [-pk for _score, _when, pk in sorted(scored)[:STORED]]


def test_the_keyword_sets_visited_best_first_give_the_full_ranking(archive):
    more = [make_article(title=title, published_at=local_datetime(2022, 6, 1 + n))
            for n, title in enumerate(TITLES[:6] * 2)]
    everything = archive + more
    for article in everything:
        assert compute_related(article) == ranked_by_definition(article, everything), article.title


def test_an_older_article_learns_of_a_newer_neighbour_on_publication(archive, approver):
    older = archive[6]
    newer = make_article(title="Đảng ủy Cục sơ kết Nghị quyết", status=Article.Status.PENDING)
    older.refresh_from_db()
    assert newer.pk not in older.related.ids
    publish_article(article=newer, by=approver)
    older.refresh_from_db()
    newer.refresh_from_db()
    assert newer.pk in older.related.ids
    assert older.pk in newer.related.ids


def test_a_retitled_article_gets_the_related_news_of_its_new_title(archive, approver):
    article = archive[9]  # "Xyzabc độc nhất" relates to nothing
    article.refresh_from_db()
    assert article.related.ids == []
    article.title = "Chi đoàn Thanh niên khai mạc giải bóng đá"
    save_article(article=article, by=approver)
    article.refresh_from_db()
    youth_football = next(a for a in archive if a.title == "Chi đoàn Thanh niên tổ chức giải bóng đá")
    assert article.related.ids[0] == youth_football.pk


def related_pks(article):
    """Return the pks of the related news article's page shows."""
    return [row[0] for row in link_rows(article)[0]]


def test_taken_down_neighbours_are_not_shown(archive):
    article = archive[6]
    article.refresh_from_db()
    neighbour = Article.objects.get(pk=article.related.ids[0])
    Article.objects.filter(pk=neighbour.pk).update(status=Article.Status.TAKEN_DOWN)
    assert neighbour.pk not in related_pks(article)


def test_missing_related_are_computed_once_then_read_in_one_query(archive, django_assert_num_queries):
    article = archive[0]
    RelatedArticles.objects.filter(article=article).delete()
    article.refresh_from_db()
    first = related_pks(article)
    assert first
    # As the article page reads it: the stored ids come with the article.
    article = Article.objects.select_related("related").get(pk=article.pk)
    with django_assert_num_queries(1):
        assert related_pks(article) == first


def test_a_failure_ranking_related_news_leaves_the_article_unpublished(archive, approver, monkeypatch):
    pending = make_article(title="Đảng ủy Cục sơ kết Nghị quyết", status=Article.Status.PENDING)

    def broken(*args, **kwargs):
        raise RuntimeError("ranking failed")

    monkeypatch.setattr("news.related.refresh_related", broken)
    with pytest.raises(RuntimeError):
        publish_article(article=pending, by=approver)
    pending.refresh_from_db()
    assert pending.status == Article.Status.PENDING
