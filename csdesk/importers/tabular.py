"""Read a CSV or XLSX file into a header and numbered rows.

CSV: UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK, which Chinese
Excel writes by default); CRLF and quoted fields with line breaks are handled by the
``csv`` module. XLSX: the first sheet, read-only, with real date cells kept as dates.
Line numbers are those a user sees in Excel or a text editor.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from csdesk.common.i18n import translate


class FileProblem(Exception):
    """The file cannot be read at all (missing, wrong encoding, not a table)."""


@dataclass(frozen=True)
class Table:
    """A file's header and its data rows, each with the line it starts on."""

    header: list[str]
    rows: list[tuple[int, list[Any]]]
    encoding: str  # "utf-8", "gb18030" or "xlsx"


ENCODINGS = ("utf-8-sig", "gb18030")
#: The longest cell a CSV may hold (characters); longer ones are refused by line.
MAX_CELL = 1_000_000
#: Limits on what an XLSX may unpack to: a few hundred MB and a sane sheet size, so a
#: "zip bomb" is refused before it is read.
MAX_XLSX_UNPACKED = 512 * 1024 * 1024
MAX_ROWS = 2_000_000
MAX_COLUMNS = 500
#: Cells csdesk's exports prefixed with a quote so spreadsheets show them as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unquote_cell(cell: str) -> str:
    """Undo the quote an export put before a cell that looks like a formula.

    The export quotes a cell whose text (after any quotes) starts with one of
    ``FORMULA_STARTS``; removing one quote from exactly such cells gives the original
    back, so export -> import leaves every value unchanged.
    """
    if cell.startswith("'") and cell[1:].lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def decode(raw: bytes) -> tuple[str, str]:
    """Decode CSV bytes; return text and encoding.

    UTF-16 with a byte-order mark (Excel's "Unicode text") first, then UTF-8 (BOM or
    not), else GB18030. A BOM written twice (a file saved by two tools) is dropped too.

    Raises:
        FileProblem: nothing decodes; the message names the first bad line.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16").lstrip("\ufeff"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding).lstrip("\ufeff"), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
    raise not_text(line)


def not_text(line: int) -> FileProblem:
    """The refusal of a file that is neither UTF-8 nor GBK text, naming its first bad line."""
    return FileProblem(
        translate(
            "Import",
            "Line {line}: the file is neither UTF-8 nor GBK/GB18030 text. "
            'Save it from Excel as "CSV UTF-8" and import it again.',
        ).format(line=line)
    )


def _csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    start = 1
    try:
        for row in reader:
            yield start, [unquote_cell(cell) for cell in row]
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FileProblem(
            translate(
                "Import",
                "Line {line}: a cell is longer than {limit} characters, or a quote is not "
                "closed ({reason}).",
            ).format(line=start, limit=f"{MAX_CELL:,}", reason=exc)
        ) from exc


def _not_a_workbook(path: Path, reason: object) -> FileProblem:
    return FileProblem(
        translate("Import", "{file} is not a readable Excel workbook: {reason}").format(
            file=path.name, reason=reason
        )
    )


def check_unpacked_size(path: Path) -> None:
    """Refuse a workbook that would unpack to more than ``MAX_XLSX_UNPACKED`` bytes."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _not_a_workbook(path, exc) from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise FileProblem(
            translate(
                "Import",
                "{file} unpacks to {size} MB, more than csdesk reads ({limit} MB). Split it "
                "into smaller files.",
            ).format(file=path.name, size=unpacked // 2**20, limit=MAX_XLSX_UNPACKED // 2**20)
        )


def _too_big(path: Path, what: str, limit: int) -> FileProblem:
    return FileProblem(
        translate(
            "Import", "{file} has more than {limit} {what}; split it into smaller files."
        ).format(file=path.name, limit=f"{limit:,}", what=what)
    )


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook  # heavy: only when an XLSX is imported

    check_unpacked_size(path)
    with path.open("rb") as handle:  # closed here even when openpyxl gives up half-way
        yield from _sheet_rows(path, load_workbook, handle)


def _sheet_rows(path: Path, load_workbook, handle) -> Iterator[tuple[int, list[Any]]]:
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad file
        raise _not_a_workbook(path, exc) from exc
    try:
        sheet = book.worksheets[0]
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise _too_big(path, translate("Import", "columns"), MAX_COLUMNS)
        rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        for number, row in enumerate(rows, start=1):
            if number > MAX_ROWS:
                raise _too_big(path, translate("Import", "rows"), MAX_ROWS)
            yield number, list(row)
    except FileProblem:
        raise
    except Exception as exc:  # a damaged part inside the zip shows only while reading
        raise _not_a_workbook(path, exc) from exc
    finally:
        book.close()


def _blank(row: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def read_table(path: Path) -> Table:
    """Read ``path`` (CSV or XLSX); the first non-empty row is the header.

    Raises:
        FileProblem: the file is missing, unreadable, empty or in an unknown encoding.
    """
    if not path.exists():
        raise FileProblem(translate("Import", "No file at {path}.").format(path=path))
    if not path.is_file():
        raise FileProblem(
            translate(
                "Import", "{path} is a folder, not a file: choose the file to import."
            ).format(path=path)
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows, encoding = _xlsx_rows(path), "xlsx"
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise FileProblem(
                translate("Import", "{path} cannot be read: {reason}").format(
                    path=path, reason=exc.strerror
                )
            ) from exc
        text, encoding = decode(raw)
        rows = _csv_rows(text)
    header: list[str] | None = None
    body: list[tuple[int, list[Any]]] = []
    for number, row in rows:
        if _blank(row):
            continue
        if header is None:
            header = ["" if v is None else str(v).strip() for v in row]
        else:
            body.append((number, row))
    if header is None:
        raise FileProblem(translate("Import", "{file} is empty.").format(file=path.name))
    return Table(header, body, encoding)
