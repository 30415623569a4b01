"""PDF copies of the .docx papers, made by LibreOffice headless where it is installed."""

import shutil
import subprocess
import tempfile
from pathlib import Path

# A conversion of a few pages takes 2-5 s; a stuck office process must not hold a worker for long.
TIMEOUT_SECONDS = 60


class PdfUnavailable(Exception):
    """LibreOffice is missing or failed: the caller shows a message instead of the PDF."""


def office_binary():
    """Return the path of LibreOffice's command-line program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_available():
    """Return True if PDF copies can be made on this machine."""
    return office_binary() is not None


def docx_to_pdf(content: bytes) -> bytes:
    """Return the PDF rendering of .docx bytes; raise PdfUnavailable when it cannot be made."""
    return office_to_pdf(content, suffix="docx")


def office_to_pdf(content: bytes, *, suffix: str) -> bytes:
    """Return the PDF rendering of an office file (.docx by Writer, .xlsx by Calc); raise PdfUnavailable."""
    binary = office_binary()
    if binary is None:
        raise PdfUnavailable("LibreOffice is not installed")
    with tempfile.TemporaryDirectory(prefix="portal-pdf-") as work:
        work = Path(work)
        # LibreOffice picks Writer or Calc by the file's extension.
        source = work / f"paper.{suffix}"
        source.write_bytes(content)
        # A profile of its own per conversion: two conversions at once would otherwise share a lock.
        profile = (work / "profile").as_uri()
        try:
            subprocess.run(
                [binary, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", "pdf", "--outdir", str(work), str(source)],
                check=True, capture_output=True, timeout=TIMEOUT_SECONDS,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise PdfUnavailable(str(error)) from error
        target = work / "paper.pdf"
        if not target.exists():
            raise PdfUnavailable("LibreOffice wrote no PDF")
        return target.read_bytes()
