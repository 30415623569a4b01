"""Inspect uploaded documents for active content: macros, outside links, PDF scripts.

Sniffing the type (core/files/checks.py) proves a file is a PDF or an Office package;
it does not prove the file is inert. A .docx may still carry a VBA project, declare a
macro-enabled content type, or point its template at a URL Word fetches on opening
(remote template injection); a PDF may run JavaScript or launch a program when opened.
Such files are refused. Every upload of a document goes through core.files.checks (type by content,
then inspect_document() here): documents, procedures' forms, news attachments and notices, and
the citizens' attachments in feedback. This is the only PDF and Office inspector.
"""

import base64
import binascii
import contextlib
import io
import re
import zipfile
import zlib
from xml.etree import ElementTree

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Relationship parts above this size are not genuine; nor are packages with this many parts.
_MAX_PART_BYTES = 2 * 1024 * 1024
_MAX_PARTS = 5000
_MACRO_TYPES = ("macroenabled", "vbaproject", "vbadata", "ms-office.activex")
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

# PDF names that run something: scripts, launching another program, files or Flash carried inside,
# and XFA forms (which carry their own scripts).
_PDF_ACTIVE = {
    b"/JavaScript": "JavaScript", b"/JS": "JavaScript", b"/Launch": "Launch",
    b"/EmbeddedFile": "EmbeddedFile", b"/EmbeddedFiles": "EmbeddedFile", b"/RichMedia": "RichMedia",
    b"/XFA": "XFA",
}
_PDF_NAME = re.compile(rb"/[^\s/<>\[\]()%{}]+")
# Readers accept a bare CR after "stream" too.
_PDF_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)(.*?)endstream", re.S)
_MAX_PDF_STREAMS = 2000
_MAX_INFLATED = 64 * 1024 * 1024


def inspect_document(data):
    """Raise ValidationError (in Vietnamese) if PDF or Office bytes carry active content."""
    if data.startswith(b"%PDF-"):
        inspect_pdf(data)
    elif data.startswith(b"PK\x03\x04"):
        inspect_office(data)


def inspect_office(data):
    """Refuse an Office Open XML package with macros or relationships to outside files."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            if len(infos) > _MAX_PARTS:
                raise _not_office()
            for info in infos:
                name = info.filename.lower()
                if name.endswith("vbaproject.bin") or name.endswith("vbadata.xml"):
                    raise _macros()
                if name == "[content_types].xml":
                    declared = _read(package, info).decode("utf-8", "replace").lower()
                    if any(kind in declared for kind in _MACRO_TYPES):
                        raise _macros()
                elif name.endswith(".rels"):
                    _check_relationships(_read(package, info))
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, ElementTree.ParseError):
        raise _not_office() from None


def _read(package, info):
    if info.file_size > _MAX_PART_BYTES:
        raise _not_office()
    return package.read(info)


def _check_relationships(xml):
    root = ElementTree.fromstring(xml)
    for relationship in root.iter(_RELATIONSHIPS):
        external = relationship.get("TargetMode", "").lower() == "external"
        # A link the reader clicks is fine; a template, frame, object or picture fetched on opening is not.
        if external and relationship.get("Type") != _HYPERLINK:
            raise ValidationError(
                _("This document links to an outside file or template (%(target)s), which would be fetched "
                  "when it is opened. Remove the link and attach it again."),
                code="external_link", params={"target": relationship.get("Target", "")[:200]},
            )


def inspect_pdf(data):
    """Refuse a PDF with JavaScript or a Launch action, also inside compressed object streams."""
    found = _pdf_active_names(data)
    streams = 0
    inflated = 0
    for match in _PDF_STREAM.finditer(data):
        streams += 1
        if streams > _MAX_PDF_STREAMS or found:
            break
        content = _decoded_stream(match.group(1), _MAX_INFLATED - inflated)
        if content is None:
            continue
        inflated += len(content)
        found |= _pdf_active_names(content)
        if inflated >= _MAX_INFLATED:
            break
    if found:
        raise ValidationError(
            _("This PDF contains scripts or actions that run on opening (%(what)s). Save it again without "
              "them (for example print it to PDF) and attach it again."),
            code="pdf_active", params={"what": ", ".join(sorted(found))},
        )


def _decoded_stream(raw, limit):
    """Return a stream's content as a reader decodes it (Flate, optionally under ASCIIHex or ASCII85), or None."""
    candidates = [raw]
    stripped = re.sub(rb"\s+", b"", raw)
    hex_digits = stripped.rstrip(b">")
    with contextlib.suppress(binascii.Error, ValueError):
        candidates.append(binascii.unhexlify(hex_digits + (b"0" if len(hex_digits) % 2 else b"")))
    with contextlib.suppress(ValueError):
        candidates.append(base64.a85decode(stripped.removeprefix(b"<~"), adobe=stripped.endswith(b"~>")))
    decoded = b""
    for candidate in candidates:
        try:
            return zlib.decompressobj().decompress(candidate, limit)
        except zlib.error:
            if candidate is not raw:
                # A text-encoded stream without Flate under it: its decoded text is what the reader runs.
                decoded += candidate[:limit]
    return decoded or None


def _pdf_active_names(data):
    """Return the active-content names used in PDF bytes, #xx escapes in names decoded."""
    found = set()
    for raw in _PDF_NAME.findall(data):
        name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
        if name in _PDF_ACTIVE:
            found.add(_PDF_ACTIVE[name])
    return found


def _macros():
    return ValidationError(
        _("This document contains macros (Visual Basic code), which could run on the reader's computer. "
          "Save it without macros (as .docx, .xlsx or .pptx) and attach it again."),
        code="macros",
    )


def _not_office():
    return ValidationError(_("This Office document is damaged or not genuine."), code="not_office")
