"""Import the shop's paid orders (生意参谋, 抖店, 京东商智 exports), per day or per month.

The common import path applies: every line checked, all or nothing, dry run, line
numbers. A day (or month) twice for the same shop in one file is refused: the second
line would silently replace the first. A line already stored for the same shop and
period is updated, so importing a file again adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.orders import ShopOrders
from csdesk.domain.access import Permission
from csdesk.importers import orders as order_import
from csdesk.importers.rows import ImportRow, read_rows
from csdesk.importers.values import text
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    FileColumn,
    ImportFailed,
    ImportSummary,
    Progress,
    apply_all,
    by_line,
    count,
    field_list,
    open_table,
    refused,
    required_present,
)
from csdesk.services.importing import file_columns as _file_columns


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's field (one paid-orders column)."""
    columns = _file_columns(path, order_import.FIELDS)
    left_out = order_import.preferred_columns([c.name for c in columns])
    return [FileColumn(c.name, None if c.name in left_out else c.field) for c in columns]


def order_fields() -> list[tuple[str, str, bool, str]]:
    """The fields, for ``import orders --fields``."""
    return field_list(order_import.FIELDS)


@needs(Permission.KPIS)
def import_orders(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a paid-orders export; see the module doc for the rules.

    Raises:
        ImportFailed: bad lines, a period twice, an unreadable or unmappable file.
        ImportCancelled: ``progress`` returned False; nothing was written.
    """
    table, columns = open_table(
        path, order_import.FIELDS, mapping, prefer=order_import.preferred_columns
    )
    rows, errors = read_rows(
        table, columns, order_import.FIELDS, required_present(order_import.FIELDS)
    )
    first_line: dict[tuple[str, Any], int] = {}
    for row in rows:
        key = (text(row.values.get("store", "")).strip(), row.values["period"])
        if key in first_line:
            errors.append(
                (
                    row.line,
                    translate("Import", "This period is already on line {line}.").format(
                        line=first_line[key]
                    ),
                )
            )
        first_line.setdefault(key, row.line)
    if errors:
        raise ImportFailed(refused(), by_line(errors))
    outcome = apply_all(
        db, rows, lambda r: r.line, _store, errors, dry_run=dry_run, progress=progress
    )
    created, updated, unchanged = count(outcome)
    return ImportSummary(
        rows=len(table.rows),
        created=created,
        updated=updated,
        unchanged=unchanged,
        ignored_columns=columns.ignored,
        encoding=table.encoding,
        dry_run=dry_run,
    )


def _store(session: Session, row: ImportRow) -> str:
    values = row.values
    store = text(values.get("store", "")).strip()
    first, last = values["period"]
    found = session.scalars(
        select(ShopOrders).where(
            ShopOrders.store == store,
            ShopOrders.period_start == first,
            ShopOrders.period_end == last,
        )
    ).first()
    new = {
        "orders": values["orders"],
        "buyers": values.get("buyers"),
        "amount_cents": values.get("amount"),
    }
    if found is None:
        session.add(ShopOrders(store=store, period_start=first, period_end=last, **new))
        return CREATED
    if all(getattr(found, column) == value for column, value in new.items()):
        return UNCHANGED
    for column, value in new.items():
        setattr(found, column, value)
    return UPDATED
