"""Peak memory of reading a hostile register workbook, unbounded (the old import) and through the importer.

Usage (from the project root): .venv/bin/python bench/import_memory.py [--rows 1000] [--cells 1000]

The workbook is the attack of issue 24 (finding 15): a small file whose sheet declares
A1:XFD1048576 and holds rows of formatted empty cells. openpyxl pads every row it yields
to the declared width; notices.importer refuses the file in a stream before openpyxl reads it.
"""

import argparse
import io
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from openpyxl import load_workbook  # noqa: E402

from notices import importer  # noqa: E402
from notices.tests.test_import import GOOD, sheet  # noqa: E402
from notices.tests.test_import_bounds import shared_strings, styled_empty_rows, with_sheet_xml  # noqa: E402


def unbounded(data):
    """Read the rows as the import did before the bounds (read-only mode, no max_row/max_col)."""
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    for number, _cells in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
        if number > importer.MAX_ROWS:
            break
    book.close()


def bounded(data):
    try:
        importer.read_sheet(data)
    except importer.SheetError as error:
        return str(error)
    return "read"


def measure(label, function, data):
    tracemalloc.start()
    started = time.perf_counter()
    outcome = function(data)
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<34} peak {peak / 2**20:8.1f} MiB  {seconds:6.2f} s  {outcome or ''}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--strings", type=int, default=1_000_000)
    options = parser.parse_args()
    styled = with_sheet_xml(sheet(GOOD), styled_empty_rows(options.rows, options.cells), "A1:XFD1048576")
    print(f"styled: {len(styled) / 1024:.0f} KB, {options.rows} rows x {options.cells} formatted empty cells, "
          "dimension A1:XFD1048576")
    measure("openpyxl unbounded (before)", unbounded, styled)
    measure("notices.importer.read_sheet", bounded, styled)
    strings = with_sheet_xml(sheet(GOOD), "", "A1:K2", [("xl/sharedStrings.xml", shared_strings(options.strings))])
    print(f"strings: {len(strings) / 1024:.0f} KB, {options.strings:,} shared strings")
    measure("openpyxl unbounded (before)", unbounded, strings)
    measure("notices.importer.read_sheet", bounded, strings)


if __name__ == "__main__":
    main()
