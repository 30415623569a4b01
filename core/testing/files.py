"""Small files built in memory for the upload checks: Word packages and PDFs with chosen parts."""

import io
import zipfile

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def package(*, main_type=DOCX_MAIN, extra_types="", parts=None, document_rels=""):
    """Return the bytes of a small Word package with the given extra parts and relationships."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>{extra_types}</Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("word/document.xml", "<document/>")
        archive.writestr("word/_rels/document.xml.rels",
                         '<?xml version="1.0" encoding="UTF-8"?>'
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f"{document_rels}</Relationships>")
        for name, body in (parts or {}).items():
            archive.writestr(name, body)
    return buffer.getvalue()


def pdf(body):
    """Return the bytes of a minimal PDF around body."""
    return b"%PDF-1.7\n" + body + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
