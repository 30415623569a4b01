"""The legacy text importer and the seed article."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from news.importers import ImportFormatError, parse_legacy
from news.models import Article
from news.tests.factories import make_category

SEED = Path(settings.BASE_DIR) / "seeds" / "000_66acbd1f1d3a44a3.txt"
SEED_URL = "/tin-tuc/2023/04/03/dong-chi-bi-thu-dang-uy-cuc-truong-lam-viec-voi-bch-chi-doan-thanh-nien-cuc/"
SEED_TITLE = "Đồng chí Bí thư Đảng ủy, Cục trưởng làm việc với BCH Chi đoàn Thanh niên Cục"


def test_parser_reads_the_seed_file_as_written():
    legacy = parse_legacy(SEED.read_text(encoding="utf-8"))
    assert legacy.title == SEED_TITLE
    assert legacy.date == datetime.date(2023, 4, 3)
    assert legacy.byline == "Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn"
    assert len(legacy.paragraphs) == 6
    assert legacy.paragraphs[0].startswith("Sáng ngày 31/3/2023, đồng chí Hoàng Văn Truyền")
    assert legacy.paragraphs[-1].endswith("trong sạch, vững mạnh.")
    assert not any("Các tin đã đưa ngày" in p or p == "Sign In" for p in legacy.paragraphs)


@pytest.mark.parametrize(
    "byline",
    ["Theo Văn phòng", "(Ảnh + tin bài) Vũ Quang Đạo", "Tác giả: Nguyễn Văn B", "Nguồn: Bộ Tư pháp", "Tin, ảnh: Hà An"],
)
def test_parser_recognises_the_usual_bylines(byline):
    legacy = parse_legacy(f"Tiêu đề\n01/02/2024\nĐoạn một.\n{byline}\nCác tin đã đưa ngày:\n")
    assert legacy.byline == byline
    assert legacy.paragraphs == ["Đoạn một."]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("", 1),
        ("Tiêu đề\n", 2),
        ("Tiêu đề\nngày hôm qua\nĐoạn.\n", 2),
        ("Tiêu đề\n\n31/02/2023\nĐoạn.\n", 3),
        ("Tiêu đề\n01/02/2024\n", 3),
    ],
)
def test_parser_names_the_line_of_a_malformed_file(text, line):
    with pytest.raises(ImportFormatError) as error:
        parse_legacy(text)
    assert error.value.line == line


@pytest.mark.django_db
def test_import_creates_the_seed_article_once(capsys):
    make_category(name="Hoạt động đoàn thể")
    call_command("import_articles", str(SEED))
    call_command("import_articles", str(SEED))
    output = capsys.readouterr().out
    assert "1 created, 0 skipped" in output and "0 created, 1 skipped" in output
    article = Article.objects.get()
    assert article.get_absolute_url() == SEED_URL
    assert article.category.name == "Hoạt động đoàn thể"


@pytest.mark.django_db
def test_seed_article_page_shows_it_as_written(client):
    make_category(name="Hoạt động đoàn thể")
    call_command("import_articles", str(SEED))
    page = client.get(SEED_URL).content.decode()
    assert f"<h1>{SEED_TITLE}</h1>" in page
    assert "03/04/2023" in page
    assert "5 nhóm nhiệm vụ trọng tâm" in page
    assert page.index("xây dựng Hệ thống THADS trong sạch, vững mạnh.") < page.index(
        '<p class="byline">Tin bài: Tuấn Linh, Phó Bí thư Chi đoàn</p>')
    assert 'href="/chuyen-muc/hoat-dong-doan-the/"' in page


@pytest.mark.django_db
def test_a_malformed_file_stops_the_run_before_anything_is_saved(tmp_path):
    make_category(name="Hoạt động đoàn thể")
    good = tmp_path / "a.txt"
    good.write_text("Tin tốt\n01/02/2024\nĐoạn.\n", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_text("Tin hỏng\n30/02/2024\nĐoạn.\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"b\.txt: line 2"):
        call_command("import_articles", str(tmp_path))
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_unknown_category_is_an_error():
    with pytest.raises(CommandError, match="unknown category"):
        call_command("import_articles", str(SEED), category="khong-co")
