"""The task list printed by LibreOffice Calc: one page wide, several pages long, headed and readable."""

import datetime
import re
import shutil
import subprocess

import pytest

from core.testing import skip_loudly
from youth.exports import pdf
from youth.exports.tasks_xlsx import build_tasks_xlsx
from youth.models import Task
from youth.tests.factories import make_task, make_unit

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 12, 7)


@pytest.fixture
def printed(tmp_path):
    """Return (the text of each page, the word boxes of each page) of 40 tasks' list as Calc prints it."""
    if not (pdf.pdf_available() and shutil.which("pdftotext")):
        skip_loudly("LibreOffice and poppler-utils are installed by `make office-deps`")
    unit = make_unit(name="Phòng Nghiệp vụ và Tổ chức thi hành án")
    for number in range(1, 41):
        make_task(title=f"Nhiệm vụ thứ {number} " + "về công tác thi hành án dân sự " * (number % 4),
                  group=f"Nhóm {number % 5 + 1}", lead_unit=unit, deadline=TODAY + datetime.timedelta(days=number))
    tasks = Task.objects.select_related("lead_unit", "lead_person", "meeting").prefetch_related("targets")
    try:
        content = pdf.office_to_pdf(build_tasks_xlsx(tasks, today=TODAY), suffix="xlsx")
    except pdf.PdfUnavailable as error:
        skip_loudly(f"LibreOffice Calc cannot render .xlsx here (install libreoffice-calc-nogui): {error}")
    path = tmp_path / "list.pdf"
    path.write_bytes(content)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                           text=True).stdout
    return text.rstrip("\f").split("\f"), boxes


def test_every_column_is_on_the_first_page_under_the_title(printed):
    pages, _boxes = printed
    first = pages[0]
    assert "DANH SÁCH NHIỆM VỤ" in first and "tính đến ngày 07/12/2026" in first
    for header in ("STT", "Nhiệm vụ", "Chỉ tiêu"):  # the first, a middle and the last column
        assert header in first


def test_runs_onto_several_pages_each_headed_and_numbered(printed):
    pages, _boxes = printed
    assert len(pages) >= 2
    for page in pages[1:]:
        assert "STT" in page and "Chỉ tiêu" in page  # the header row repeated, all columns still there
    count = len(pages)
    assert re.search(rf"\b1\s*/\s*{count}\b", pages[0]) and re.search(rf"\b{count}\s*/\s*{count}\b", pages[-1])
    assert re.search(r"^\s*40 Nhóm", pages[-1], re.MULTILINE)  # the last row, numbered in STT


def test_text_prints_at_a_readable_size(printed):
    _pages, boxes = printed
    heights = [float(y2) - float(y1) for y1, y2 in re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Nhiệm</word>', boxes)]
    assert heights
    # A word box is about 1.15 times the font size: 11 pt text scaled to fit prints at 7 pt or more.
    assert min(heights) >= 7 * 1.1
