"""The papers converted by LibreOffice headless and read back with pdftotext (skipped without them)."""

import datetime
import shutil
import subprocess

import pytest
from django.urls import reverse
from django.utils import timezone

from youth.exports import pdf
from youth.exports.minutes_docx import build_minutes
from youth.exports.notice_docx import build_notice
from youth.exports.report_docx import build_party_report
from youth.models import Unit
from youth.tests.factories import make_meeting, make_task, make_unit

pytestmark = pytest.mark.django_db
needs_office = pytest.mark.skipif(
    not (pdf.pdf_available() and shutil.which("pdftotext")),
    reason="LibreOffice and poppler-utils are installed by `make test`",
)


def pdf_pages(content, tmp_path):
    """Return the text of each page of a PDF, laid out as printed."""
    path = tmp_path / "paper.pdf"
    path.write_bytes(content)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.rstrip("\f").split("\f")


def lines_of(page):
    return [line.strip() for line in page.splitlines() if line.strip()]


def one_line(page, words):
    """Return True if `words` are printed on a single line of the page."""
    return any(words in line for line in page.splitlines())


@needs_office
def test_seed_minutes_pdf(seeded, tmp_path):
    pages = pdf_pages(pdf.docx_to_pdf(build_minutes(seeded)), tmp_path)
    assert len(pages) <= 3
    assert one_line(pages[0], "ĐOÀN TNCS HỒ CHÍ MINH")
    assert one_line(pages[0], "BCH CHI ĐOÀN THANH NIÊN CỤC")
    assert one_line(pages[0], "Thanh Hóa, ngày 31 tháng 3 năm 2023")
    # No number on page 1; "2" centred at the top of page 2.
    assert lines_of(pages[1])[0] == "2"
    assert not lines_of(pages[0])[0].isdigit()
    # The signatures never stand alone: the closing line is on their page.
    last = pages[-1]
    assert "CHỦ TRÌ" in last and "Cuộc họp kết thúc vào lúc" in last and "Hoàng Văn Truyền" in last


@needs_office
def test_seed_notice_pdf(seeded, tmp_path):
    pages = pdf_pages(pdf.docx_to_pdf(build_notice(seeded)), tmp_path)
    assert len(pages) <= 2
    assert one_line(pages[0], "ĐẢNG CỘNG SẢN VIỆT NAM")
    assert "THÔNG BÁO" in pages[0]
    assert "T/M ĐẢNG ỦY" in pages[-1] and "Nơi nhận:" in pages[-1]


@needs_office
def test_seed_party_report_pdf(seeded, tmp_path):
    content = build_party_report(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 12, 31))
    pages = pdf_pages(pdf.docx_to_pdf(content), tmp_path)
    assert len(pages) <= 3
    assert "BÁO CÁO" in pages[0] and "Kính gửi: Đảng ủy Cục" in pages[0]


@needs_office
def test_state_motto_is_one_line_in_the_pdf(tmp_path):
    agency = make_unit(name="Cục Thi hành án dân sự tỉnh Thanh Hóa", kind=Unit.Kind.OTHER)
    office = make_unit(name="Văn phòng Cục", kind=Unit.Kind.OFFICE, parent=agency)
    meeting = make_meeting(organiser=office, starts_at=timezone.now())
    for number in range(12):  # enough rows to run over a page
        make_task(meeting=meeting, title=f"Nhiệm vụ số {number} " + "nội dung dài " * 20, lead_unit=office)
    pages = pdf_pages(pdf.docx_to_pdf(build_minutes(meeting)), tmp_path)
    assert one_line(pages[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert one_line(pages[0], "Độc lập - Tự do - Hạnh phúc")
    # The task table's header row is repeated on the page it runs onto.
    continued = [page for page in pages[1:] if "Nhiệm vụ số" in page]
    assert continued and all("STT" in page and "Thời hạn" in page for page in continued)


@needs_office
def test_pdf_download(client, leader, seeded):
    client.force_login(leader)
    page = client.get(seeded.get_absolute_url()).content.decode()
    url = reverse("youth:meeting_paper", args=[seeded.pk, "thong-bao-ket-luan", "pdf"])
    assert url in page
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert 'filename="thong-bao-ket-luan-2023-03-31-' in response["Content-Disposition"]


def test_without_libreoffice_the_pdf_link_is_hidden_with_a_message(client, leader, seeded, monkeypatch):
    monkeypatch.setattr(pdf, "office_binary", lambda: None)
    client.force_login(leader)
    page = client.get(seeded.get_absolute_url()).content.decode()
    assert "Chưa có bản PDF: máy chủ chưa cài LibreOffice." in page
    assert ".pdf" not in page
    response = client.get(reverse("youth:meeting_paper", args=[seeded.pk, "bien-ban", "pdf"]), follow=True)
    assert response.status_code == 200
    assert "Máy chủ hiện không tạo được bản PDF; hãy tải bản .docx." in response.content.decode()
    report = client.get(reverse("youth:party_report")).content.decode()
    assert "Chưa có bản PDF" in report and 'value="pdf"' not in report


def test_a_failing_conversion_is_a_message_not_an_error(client, leader, seeded, monkeypatch):
    monkeypatch.setattr(pdf, "office_binary", lambda: "/bin/false")
    client.force_login(leader)
    response = client.get(reverse("youth:meeting_paper", args=[seeded.pk, "bien-ban", "pdf"]))
    assert response.status_code == 302 and response["Location"] == seeded.get_absolute_url()


def test_unknown_paper_is_not_found(client, leader, seeded):
    client.force_login(leader)
    assert client.get(reverse("youth:meeting_paper", args=[seeded.pk, "giay-moi", "docx"])).status_code == 404
    assert client.get(reverse("youth:meeting_paper", args=[seeded.pk, "bien-ban", "exe"])).status_code == 404
