"""Bounds an uploaded .xlsx must keep before openpyxl reads it, checked in a stream with flat memory.

An .xlsx is a zip of XML: a few hundred kilobytes can unpack to gigabytes, and openpyxl
builds a Python object per cell of a row, per shared string and per style, whatever
the sheet's declared dimension says. check_workbook() reads the zip's directory (the
sizes it declares bound what zipfile will ever unpack: it stops at the declared size)
and streams every worksheet and the shared strings through expat, counting rows, cells
per row and characters per cell, so a hostile file is refused before openpyxl sees it.
"""

import dataclasses
import re
import zipfile
from xml.parsers import expat

CHUNK = 256 * 1024
SHEET_RE = re.compile(r"^xl/worksheets/[^/]+\.xml$")
SHARED_STRINGS_RE = re.compile(r"^xl/sharedStrings[^/]*\.xml$", re.IGNORECASE)
# Excel's own limit on the characters of one cell.
MAX_CELL_CHARS = 32_767


class Exceeded(ValueError):
    """The workbook passes one of the bounds; the attribute says which."""

    def __init__(self, bound):
        super().__init__(bound)
        self.bound = bound


@dataclasses.dataclass(frozen=True)
class Bounds:
    rows: int  # row elements in a sheet (empty styled rows count: openpyxl yields them)
    columns: int  # cells in one row
    unpacked: int = 100 * 1024 * 1024  # every part, unpacked, together
    shared_strings: int = 20 * 1024 * 1024  # the shared strings part, unpacked
    other_part: int = 2 * 1024 * 1024  # any other XML part (styles, workbook, relations)

    @property
    def cells(self):
        return self.rows * self.columns


def check_workbook(archive: zipfile.ZipFile, bounds: Bounds):
    """Raise Exceeded(bound name) unless the workbook in archive keeps within bounds."""
    infos = archive.infolist()
    if sum(info.file_size for info in infos) > bounds.unpacked:
        raise Exceeded("unpacked")
    for info in infos:
        if SHEET_RE.match(info.filename):
            _stream(archive, info, _SheetCounter(bounds))
        elif SHARED_STRINGS_RE.match(info.filename):
            if info.file_size > bounds.shared_strings:
                raise Exceeded("unpacked")
            _stream(archive, info, _StringCounter(bounds))
        elif info.filename.endswith((".xml", ".rels")) and info.file_size > bounds.other_part:
            raise Exceeded("unpacked")


def _stream(archive, info, counter):
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = counter.start
    parser.CharacterDataHandler = counter.text
    with archive.open(info) as source:
        while chunk := source.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)


def _local(name):
    return name.rsplit(" ", 1)[-1]


class _CharCounter:
    """Count the characters of the current cell or string; refuse one longer than Excel allows."""

    def __init__(self, bounds):
        self.bounds, self.chars = bounds, 0

    def text(self, data):
        self.chars += len(data)
        if self.chars > MAX_CELL_CHARS:
            raise Exceeded("cell")


class _SheetCounter(_CharCounter):
    """Count rows, cells per row and characters per cell of one worksheet's XML."""

    def __init__(self, bounds):
        super().__init__(bounds)
        self.rows, self.cells = 0, 0

    def start(self, name, _attributes):
        tag = _local(name)
        if tag == "row":
            self.rows += 1
            self.cells = 0
            if self.rows > self.bounds.rows:
                raise Exceeded("rows")
        elif tag == "c":
            self.cells += 1
            self.chars = 0
            if self.cells > self.bounds.columns:
                raise Exceeded("columns")


class _StringCounter(_CharCounter):
    """Count the shared strings and the characters of each."""

    def __init__(self, bounds):
        super().__init__(bounds)
        self.strings = 0

    def start(self, name, _attributes):
        if _local(name) == "si":
            self.strings += 1
            self.chars = 0
            if self.strings > self.bounds.cells:
                raise Exceeded("cells")
