"""Write the seed meeting's papers as .docx, .pdf and a PNG of each first page (docs/documents/)."""

import datetime
import shutil
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from youth.demo import seed_youth_demo
from youth.exports.minutes_docx import build_minutes
from youth.exports.notice_docx import build_notice
from youth.exports.pdf import PdfUnavailable, docx_to_pdf
from youth.exports.report_docx import build_party_report


class Command(BaseCommand):
    help = "Render the seed meeting's minutes, conclusion notice and the 2023 report (docx, pdf, first-page png)."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", default="docs/documents")
        parser.add_argument("--dpi", type=int, default=70)

    def handle(self, *args, folder, dpi, **options):
        meeting = seed_youth_demo()
        papers = {
            "bien-ban": build_minutes(meeting),
            "thong-bao-ket-luan": build_notice(meeting),
            "bao-cao-dang-uy": build_party_report(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 12, 31),
                                                  today=datetime.date(2023, 12, 31)),
        }
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        if not shutil.which("pdftoppm"):
            raise CommandError("pdftoppm (poppler-utils) is needed for the PNG pages")
        for name, content in papers.items():
            (target / f"{name}.docx").write_bytes(content)
            try:
                pdf = docx_to_pdf(content)
            except PdfUnavailable as error:
                raise CommandError(f"LibreOffice could not convert {name}: {error}") from error
            (target / f"{name}.pdf").write_bytes(pdf)
            subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                            str(target / f"{name}.pdf"), str(target / name)], check=True)
            self.stdout.write(f"{name}: .docx, .pdf, .png")
