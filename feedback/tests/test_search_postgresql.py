"""PostgreSQL only: the answers' search goes through their GIN index."""

import pytest
from django.db import connection

from core.search import matching
from feedback.models import Submission
from feedback.tests.factories import make_answer

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search"),
]


def test_the_answers_search_uses_the_gin_index(field):
    make_answer(title="Thủ tục nhận tiền", field=field)
    queryset = matching(Submission.objects.all(), ["nhan", "tien"])
    assert queryset.count() == 1
    with connection.cursor() as cursor:
        # Off the table and off plain index walks (the primary key's), only a GIN bitmap scan is left
        # for the condition; a plan without it would mean the expression does not match the index.
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_indexscan = off")
        plan = queryset.explain()
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_indexscan")
    assert "feedback_submission_search_gin" in plan
