"""Read a CSV or XLSX file into a header and numbered rows.

CSV: UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK, which Chinese
Excel writes by default); CRLF and quoted fields with line breaks are handled by the
``csv`` module. XLSX: the first sheet, read-only, with real date cells kept as dates.
Line numbers are those a user sees in Excel or a text editor.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from csdesk.i18n import translate


class FileProblem(Exception):
    """The file cannot be read at all (missing, wrong encoding, not a table)."""


@dataclass(frozen=True)
class Table:
    """A file's header and its data rows, each with the line it starts on."""

    header: list[str]
    rows: list[tuple[int, list[Any]]]
    encoding: str  # "utf-8", "gb18030" or "xlsx"


ENCODINGS = ("utf-8-sig", "gb18030")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode CSV bytes as UTF-8 (BOM or not), else GB18030; return text and encoding.

    Raises:
        FileProblem: neither decodes; the message names the first bad line.
    """
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding), encoding.replace("-sig", "")
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
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook  # heavy: only when an XLSX is imported

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad file
        raise FileProblem(
            translate("Import", "{file} is not a readable Excel workbook: {reason}").format(
                file=path.name, reason=exc
            )
        ) from exc
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row)
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
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows, encoding = _xlsx_rows(path), "xlsx"
    else:
        text, encoding = decode(path.read_bytes())
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
