"""Write tables for Excel: CSV that opens correctly in Chinese, XLSX with real dates.

Exports use the import's field names as headers, so an export re-imports unchanged.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from csdesk.atomic import atomic_path
from csdesk.importers.tabular import FORMULA_STARTS


def write_table(out: Path, header: list[str], rows: list[list[Any]], fmt: str | None) -> None:
    """Write ``rows`` under ``header`` to ``out`` atomically, as CSV or XLSX.

    Args:
        out: the file to write; replaced only when the write succeeded.
        header: the column names.
        rows: the cells (dates as dates, None for empty).
        fmt: "csv" or "xlsx"; None guesses from the file's extension.
    """
    fmt = fmt or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    with atomic_path(out) as part:
        if fmt == "xlsx":
            write_xlsx(part, header, rows)
        else:
            write_csv(part, header, rows)


def as_text(value: str) -> str:
    """Quote a cell that a spreadsheet would run as a formula (``=HYPERLINK(...)``).

    Customer nicknames and remarks come from platform exports, where anyone can plant a
    formula. A leading quote makes Excel and WPS show the cell as text; csdesk's import
    removes exactly that quote again (``importers.tabular.unquote_cell``).
    """
    return f"'{value}" if value.lstrip("'").startswith(FORMULA_STARTS) else value


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return as_text(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    """Write a CSV that Excel opens correctly in Chinese (UTF-8 with BOM, CRLF)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([_plain(v) for v in row] for row in rows)


def append_text_row(sheet: Any, values: list[Any]) -> None:
    """Append a row to an openpyxl sheet, keeping text that starts with "=" as text.

    openpyxl stores any string beginning with "=" as a formula; Excel would run it.
    """
    sheet.append(values)
    if any(isinstance(v, str) and v.startswith("=") for v in values):
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"


def write_xlsx(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    """Write an XLSX with real date cells and a bold, frozen header row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.active
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_text_row(sheet, ["" if v is None else v for v in row])
    for column in sheet.columns:
        letter = column[0].column_letter
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[letter].width = min(max(10, width + 2), 60)
        for cell in column[1:]:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    book.save(path)
