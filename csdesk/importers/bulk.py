"""Read a big export in chunks of rows and convert it a column at a time.

The conversation import must load a million rows in about the time a plain
``csv`` + ``executemany`` load takes, so nothing here runs Python code per cell when
it can be avoided: a chunk of rows is turned into columns with ``zip``, and each column
is converted through a cache of its distinct cells (an export repeats its accounts,
channels, yes/no words and round durations endlessly), so each distinct cell is parsed
once. Columns of mostly unique cells (times, ids) go through a fast parser per cell.

Line numbers are found only when there is something to report: the file is read again
with the ``csv`` module counting lines for the rows in question (a quoted cell can span
lines, so row and line numbers can differ).
"""

from __future__ import annotations

import codecs
import csv
import gc
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO, cast

from csdesk.common.i18n import translate
from csdesk.importers.tabular import (
    MAX_CELL,
    MAX_COLUMNS,
    FileProblem,
    check_unpacked_size,
    not_text,
)

CHUNK_ROWS = 5_000  # small chunks stay in the CPU's caches; 50,000 read 40 % slower
_BAD = object()  # a cell that did not parse
#: A distinct-cell cache stops growing past this; the column is then parsed cell by cell.
CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class Chunk:
    """Rows ``first`` to ``first + len(rows)`` of the file's data (0 = under the header)."""

    first: int
    rows: list[Sequence[Any]]
    done: int  # progress: bytes (CSV) or rows (XLSX) read so far
    total: int


class BulkTable:
    """A CSV or XLSX file's header and its data rows, read a chunk at a time."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise FileProblem(translate("Import", "No file at {path}.").format(path=path))
        if not path.is_file():
            raise FileProblem(
                translate(
                    "Import", "{path} is a folder, not a file: choose the file to import."
                ).format(path=path)
            )
        self.path = path
        self.is_xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
        self.encoding = "xlsx" if self.is_xlsx else _csv_encoding(path)
        self._dialect: type[csv.Dialect] | csv.Dialect = csv.excel
        if not self.is_xlsx:
            with path.open("r", encoding=self._codec, newline="") as text:
                sample = text.read(65536)
            try:
                self._dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                self._dialect = csv.excel
        self.header: list[str] = []
        self._header_line = 0  # XLSX: the sheet row holding the header
        with self._open() as (rows, _position, _total):
            self.header = self._take_header(rows)
        if not self.header:
            raise FileProblem(translate("Import", "{file} is empty.").format(file=path.name))

    @property
    def _codec(self) -> str:
        return "utf-8-sig" if self.encoding == "utf-8" else self.encoding

    def _guarded(self, rows: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]]:
        """Rows, with a reader's failure (an endless cell, a broken zip part) as a refusal."""
        try:
            yield from rows
        except FileProblem:
            raise
        except csv.Error as exc:
            raise FileProblem(
                translate(
                    "Import",
                    "A cell is longer than {limit} characters, or a quote is not closed "
                    "({reason}).",
                ).format(limit=f"{MAX_CELL:,}", reason=exc)
            ) from exc
        except Exception as exc:  # openpyxl: a damaged part shows only while reading
            if not self.is_xlsx:
                raise
            raise FileProblem(
                translate("Import", "{file} is not a readable Excel workbook: {reason}").format(
                    file=self.path.name, reason=exc
                )
            ) from exc

    @contextmanager
    def _open(self) -> Iterator[tuple[Iterator[Sequence[Any]], Callable[[int], int], int]]:
        """(rows, progress so far given the rows read, progress total) of the file."""
        if self.is_xlsx:
            from openpyxl import load_workbook  # heavy: only when an XLSX is imported

            check_unpacked_size(self.path)
            handle = self.path.open("rb")  # closed below even when openpyxl gives up
            try:
                book = load_workbook(handle, read_only=True, data_only=True)
            except Exception as exc:  # openpyxl raises many types for a bad file
                handle.close()
                raise FileProblem(
                    translate("Import", "{file} is not a readable Excel workbook: {reason}").format(
                        file=self.path.name, reason=exc
                    )
                ) from exc
            try:
                sheet = book.worksheets[0]
                if (sheet.max_column or 0) > MAX_COLUMNS:
                    raise FileProblem(
                        translate(
                            "Import",
                            "{file} has more than {limit} columns; split it into smaller files.",
                        ).format(file=self.path.name, limit=MAX_COLUMNS)
                    )
                rows = self._guarded(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS))
                yield rows, (lambda done: done), sheet.max_row or 0
            finally:
                book.close()
                handle.close()
            return
        csv.field_size_limit(MAX_CELL)
        with self.path.open("r", encoding=self._codec, newline="") as text:
            raw = cast(BinaryIO, text.buffer)  # the byte position, for progress
            rows = self._guarded(csv.reader(text, self._dialect))
            yield rows, (lambda _d: raw.tell()), self.path.stat().st_size

    def _take_header(self, rows: Iterator[Sequence[Any]]) -> list[str]:
        for number, row in enumerate(rows, start=1):
            if any(v is not None and str(v).strip() for v in row):
                self._header_line = number
                # a BOM written twice survives decoding as a character of the first name
                return ["" if v is None else str(v).strip().lstrip("\ufeff") for v in row]
        return []

    def chunks(self, size: int = CHUNK_ROWS) -> Iterator[Chunk]:
        """The data rows, ``size`` at a time, each row as wide as the header."""
        width = len(self.header)
        first = 0
        with self._open() as (rows, position, total):
            self._take_header(rows)
            while True:
                block = list(itertools.islice(rows, size))
                if not block:
                    return
                if set(map(len, block)) != {width}:
                    block = [_fit(row, width) for row in block]
                first += len(block)
                yield Chunk(first - len(block), block, position(first), total)

    def lines_of(self, rows: Iterable[int]) -> dict[int, int]:
        """The line (as Excel or an editor numbers it) on which each data row starts."""
        wanted = set(rows)
        if self.is_xlsx:  # one sheet row per data row, blank ones included
            return {row: self._header_line + 1 + row for row in wanted}
        found: dict[int, int] = {}
        with self.path.open("r", encoding=self._codec, newline="") as text:
            reader = csv.reader(text, self._dialect)
            start, header_seen, index = 1, False, 0
            for row in reader:
                if header_seen:
                    if index in wanted:
                        found[index] = start
                        if len(found) == len(wanted):
                            break
                    index += 1
                else:
                    header_seen = any(cell.strip() for cell in row)
                start = reader.line_num + 1
        return found


def _fit(row: Sequence[Any], width: int) -> Sequence[Any]:
    if len(row) == width:
        return row
    if len(row) > width:
        return row[:width]
    return [*row, *([""] * (width - len(row)))]


def _csv_encoding(path: Path) -> str:
    """UTF-8 (BOM or not) if the whole file decodes so, else GB18030 (Excel's GBK).

    Decodes block by block without keeping the text, so a big file costs no memory.

    Raises:
        FileProblem: neither decodes; the message names the first bad line.
    """
    with path.open("rb") as raw:
        utf16 = raw.read(2) in (b"\xff\xfe", b"\xfe\xff")
    # Excel's "Unicode text" is UTF-16 with a BOM (tab-separated); else UTF-8 or GBK.
    first_bad_line: int | None = None
    for encoding in ("utf-16",) if utf16 else ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        lines = 1
        with path.open("rb") as raw:
            try:
                for block in iter(lambda: raw.read(1 << 20), b""):
                    decoder.decode(block)
                    lines += block.count(b"\n")
                decoder.decode(b"", final=True)
                return encoding
            except UnicodeDecodeError as exc:
                if first_bad_line is None:
                    first_bad_line = lines + block[: exc.start].count(b"\n")
    line = first_bad_line or 1
    raise not_text(line)


class ColumnConverter:
    """Turns a column of cells into values, parsing each distinct cell once.

    ``parse`` returns the value or raises ``ValueError`` with the reason; empty cells
    become None without calling it.
    """

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        self.parse = parse
        self._cache: dict[Any, Any] = {"": None, None: None}
        self._reasons: dict[Any, str] = {}
        self._per_cell = False

    def convert(self, cells: Sequence[Any]) -> tuple[list[Any], dict[int, str]]:
        """The values of ``cells`` and {index in cells: reason} for those that failed."""
        if self._per_cell:
            return self._one_by_one(cells)
        cache = self._cache
        try:
            values = list(map(cache.__getitem__, cells))
        except KeyError:  # cells not seen before: parse each distinct one once
            new = set(cells).difference(cache)
            if len(new) > len(cells) // 2 and len(cells) > 1000:
                self._per_cell = True  # mostly unique cells: a cache would only cost memory
                return self._one_by_one(cells)
            for cell in new:
                try:
                    cache[cell] = self.parse(cell.strip() if isinstance(cell, str) else cell)
                except ValueError as exc:
                    self._reasons[cell] = str(exc)
                    cache[cell] = _BAD
            values = list(map(cache.__getitem__, cells))
            if len(cache) > CACHE_LIMIT:
                self._per_cell = True
        except TypeError:  # an unhashable cell (never from csv or openpyxl)
            return self._one_by_one(cells)
        return self._bad_ones(cells, values) if self._reasons else (values, {})

    def _one_by_one(self, cells: Sequence[Any]) -> tuple[list[Any], dict[int, str]]:
        parse = self.parse

        def safe(cell: Any) -> Any:
            if cell is None or cell == "":
                return None
            try:
                return parse(cell)
            except ValueError:
                return _BAD

        return self._bad_ones(cells, list(map(safe, cells)))

    def _bad_ones(
        self, cells: Sequence[Any], values: list[Any]
    ) -> tuple[list[Any], dict[int, str]]:
        if _BAD not in values:
            return values, {}
        failures: dict[int, str] = {}
        for index, value in enumerate(values):
            if value is _BAD:
                values[index] = None
                failures[index] = self._reason(cells[index])
        return values, failures

    def _reason(self, cell: Any) -> str:
        if cell in self._reasons:
            return self._reasons[cell]
        try:
            self.parse(cell)
        except ValueError as exc:
            return str(exc)
        return ""


def text_column(cells: Sequence[Any]) -> list[str | None]:
    """A column of text cells, trimmed; empty cells become None."""
    try:
        out: list[Any] = list(map(str.strip, cells))
    except TypeError:  # numbers or dates from a spreadsheet
        out = [c.strip() if isinstance(c, str) else _cell_text(c) for c in cells]
    if "" in out:
        out = [c or None for c in out]
    return out


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


#: The day of a stored moment ("2026-03-01 14:30:05" -> "2026-03-01"), applied in C.
DAY_OF = itemgetter(slice(0, 10))


def columns_of(rows: Sequence[Sequence[Any]], indexes: Iterable[int]) -> dict[int, Sequence[Any]]:
    """The cells of the given columns (one ``zip`` over the chunk, done in C)."""
    every = list(zip(*rows, strict=True)) if rows else []
    return {index: every[index] if every else () for index in indexes}


def all_whole_seconds(cells: Sequence[Any]) -> bool:
    """Whether every cell is a plain count of seconds below 10,000,000 ("0" to "9999999").

    Such a column needs no parsing: SQLite's REAL column turns "80" into 80.0 itself.
    Checked with one join, not a test per cell.
    """
    try:
        joined = "".join(cells)
    except TypeError:  # numbers from a spreadsheet
        return False
    return (
        joined.isascii()
        and joined.isdigit()
        and "" not in cells
        and max(map(len, cells), default=0) <= 7
    )


_MOMENTS = re.compile(
    r"(?:(?:19\d\d|20\d\d|2100)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r" (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\n)*"
)


def all_stored_moments(cells: Sequence[Any]) -> bool:
    """Whether every cell is already a moment in the stored form (checked in one go).

    One regular expression over the joined column, then each distinct day checked as a
    date (the expression lets 02-30 through), instead of a parse per cell.
    """
    try:
        joined = "\n".join(cells)
    except TypeError:  # date cells from a spreadsheet
        return False
    if not _MOMENTS.fullmatch(joined + "\n"):
        return False
    try:
        for day in set(map(DAY_OF, cells)):
            date.fromisoformat(day)
    except ValueError:
        return False
    return True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk load.

    A chunk holds thousands of fresh lists and strings, and each collection pass walks
    all of them: with the collector running, reading a big CSV took twice as long. The
    rows hold no reference cycles, so nothing is lost by waiting until the load ends.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
