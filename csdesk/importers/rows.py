"""Turn a table's rows into field values, line by line, collecting every problem.

Each import supplies its fields and a row check (what must be present, what may not
repeat within the file); this module parses the cells and keeps the line numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from csdesk.importers.mapping import ColumnMap, Field
from csdesk.importers.tabular import Table

#: (values, line, keys whose cell did not parse) -> problems of the row as a whole.
RowCheck = Callable[[dict[str, Any], int, set[str]], list[str]]


@dataclass(frozen=True)
class ImportRow:
    """One valid row: its line and the fields its file provides (empty cells left out)."""

    line: int
    values: dict[str, Any]


def read_rows(
    table: Table, columns: ColumnMap, fields: Sequence[Field], check: RowCheck
) -> tuple[list[ImportRow], list[tuple[int, str]]]:
    """Parse every row; return the good rows and (line, reason) for every problem."""
    by_key = {f.key: f for f in fields}
    parsers = {f.key: columns.parser(f) for f in fields}
    rows: list[ImportRow] = []
    errors: list[tuple[int, str]] = []
    for line, cells in table.rows:
        values: dict[str, Any] = {}
        line_errors: list[str] = []
        failed: set[str] = set()
        for key, index in columns.columns.items():
            cell = cells[index] if index < len(cells) else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                continue
            try:
                parse = parsers[key]
                values[key] = parse(cell) if parse is not None else cell
            except ValueError as exc:
                line_errors.append(f"{by_key[key].label()}: {exc}")
                failed.add(key)
        line_errors.extend(check(values, line, failed))
        if line_errors:
            errors.extend((line, reason) for reason in line_errors)
        else:
            rows.append(ImportRow(line, values))
    return rows, errors
