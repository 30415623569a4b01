"""PostgreSQL only: unaccent folds like core.text.fold, and searches go through the GIN index."""

import pytest
from django.db import connection

from core.text import fold
from news.models import Article
from news.search import matching
from news.tests.factories import make_article

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]

VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)


def test_unaccent_folds_every_vietnamese_letter_like_python():
    letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()
    with connection.cursor() as cursor:
        cursor.execute("SELECT lower(unaccent(%s))", [letters])
        assert cursor.fetchone()[0] == fold(letters)


def test_search_expression_matches_the_gin_index():
    make_article(title="Đảng ủy Cục")
    queryset = matching(Article.objects.all(), ["dang", "uy"])
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        plan = queryset.explain()
        cursor.execute("SET enable_seqscan = on")
    assert "article_search_gin" in plan
