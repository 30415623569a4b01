import pytest

from core.text import fold, plain_text, slugify_vi, truncate_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy", "dang uy"),
        ("ĐẢNG ỦY", "dang uy"),
        ("thanh niên", "thanh nien"),
        ("Hoàng Văn Truyền", "hoang van truyen"),
        ("Ứng Ửng Ừng Ữ ỵ", "ung ung ung u y"),
    ],
)
def test_fold_removes_every_vietnamese_mark(text, expected):
    assert fold(text) == expected


def test_slugify_vi_keeps_d_from_d_stroke():
    assert slugify_vi("Đồng chí Bí thư Đảng ủy") == "dong-chi-bi-thu-dang-uy"


def test_slugify_vi_cuts_at_a_word_boundary():
    slug = slugify_vi("Hoạt động đoàn thể " * 30, max_length=50)
    assert len(slug) <= 50
    assert not slug.endswith("-")
    assert slug.startswith("hoat-dong-doan-the-hoat-dong")


def test_plain_text_keeps_blocks_as_lines_and_unescapes():
    html = "<p>Một &amp; hai</p><p>Ba<br>bốn</p><ul><li>năm</li></ul>"
    assert plain_text(html) == "Một & hai\nBa\nbốn\nnăm"


def test_truncate_words_adds_ellipsis_only_when_cut():
    assert truncate_words("một hai ba", 5) == "một hai ba"
    assert truncate_words("một hai ba bốn", 2) == "một hai…"
