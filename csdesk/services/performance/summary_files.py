"""Import agent summaries (客服绩效 exports): one row per account and day or month.

Such files are small (a row per agent per day), so they take the common import path:
every line checked, all or nothing, dry run, line numbers. Shop-level rows (店铺汇总值,
合计 ...) are skipped and counted. The period comes from the file's date or month
column, or from ``period`` for files without one. A row already stored for the same
account and period is updated, so re-importing a file adds nothing twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from csdesk.common.i18n import translate
from csdesk.data.performance import AgentSummary
from csdesk.domain.access import Permission
from csdesk.importers import summaries as summary_import
from csdesk.importers.rows import ImportRow, read_rows
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    FileColumn,
    ImportFailed,
    ImportSummary,
    Progress,
    UnknownAccounts,
    apply_all,
    by_line,
    count,
    field_list,
    left_out_note,
    open_table,
    refused,
    units_note,
)
from csdesk.services.importing import file_columns as _file_columns
from csdesk.services.staff.agent_index import AccountIndex

#: Stored columns and the import field that fills each.
MEASURES = {
    "inquiries": "inquiries",
    "customers_served": "customers_served",
    "pre_sale_inquiries": "pre_sale_inquiries",
    "buyers": "buyers",
    "sales_cents": "sales_amount",
    "conversion_rate": "conversion_rate",
    "avg_response_seconds": "avg_response_seconds",
    "first_response_seconds": "first_response_seconds",
    "reply_rate": "reply_rate",
    "three_minute_reply_rate": "three_minute_reply_rate",
    "satisfaction_rate": "satisfaction_rate",
    "good_reviews": "good_reviews",
    "bad_reviews": "bad_reviews",
    "refunds": "refunds",
}


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's field."""
    return _file_columns(path, summary_import.FIELDS)


def summary_fields() -> list[tuple[str, str, bool, str]]:
    """The fields, for ``import summaries --fields``."""
    return field_list(summary_import.FIELDS)


def _check(values: dict[str, Any], _line: int, failed: set[str]) -> list[str]:
    if "account" not in values and "account" not in failed:
        return [translate("Import", "The agent account is missing.")]
    return []


@needs(Permission.KPIS)
def import_summaries(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
    skip_unknown: bool = False,
    period: tuple[date, date] | None = None,
) -> ImportSummary:
    """Import an agent-summary export; see the module doc for the rules.

    Args:
        db: the shop.
        path: a CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or XLSX file.
        mapping: overrides of the automatic column mapping (``SOURCE=FIELD``).
        dry_run: check and count, then roll back.
        progress: called before each row with (done, total); False cancels.
        skip_unknown: leave out rows whose account matches no agent.
        period: (first, last day) for a file without a date or month column; it
            overrides the file's column when both are given.

    Raises:
        ImportFailed: bad lines, unknown accounts, an unreadable or unmappable file.
        ImportCancelled: ``progress`` returned False; nothing was written.
    """
    table, columns = open_table(path, summary_import.FIELDS, mapping)
    account_column = columns.columns["account"]
    kept = [
        (line, cells)
        for line, cells in table.rows
        if not summary_import.is_shop_row(
            cells[account_column] if account_column < len(cells) else ""
        )
    ]
    shop_rows = len(table.rows) - len(kept)
    rows, errors = read_rows(replace(table, rows=kept), columns, summary_import.FIELDS, _check)
    rows = _with_period(rows, period, errors)
    agents, unknown = _agents(db, rows)
    if unknown and not skip_unknown:
        errors.extend(
            (
                line,
                translate("Import", "The account {account} matches no agent.").format(account=name),
            )
            for name, line in unknown.items()
        )
    if unknown and not skip_unknown:
        counts = Counter(r.values["account"] for r in rows if agents.get(r.line) is None)
        raise UnknownAccounts(refused(), by_line(errors), dict(counts))
    if errors:
        raise ImportFailed(refused(), by_line(errors))
    agent_of = {line: agent for line, agent in agents.items() if agent is not None}
    known = [row for row in rows if row.line in agent_of]

    def apply_row(session: Session, row: ImportRow) -> str:
        return _store(session, row, agent_of[row.line])

    outcome = apply_all(
        db, known, lambda r: r.line, apply_row, errors, dry_run=dry_run, progress=progress
    )
    created, updated, unchanged = count(outcome)
    notes = units_note(columns, table.header)
    if shop_rows:
        notes.append(
            translate("Import", "Skipped {count} shop-level rows (totals, averages).").format(
                count=shop_rows
            )
        )
    if unknown:
        notes.append(left_out_note(len(rows) - len(known), unknown))
    return ImportSummary(
        rows=len(table.rows),
        created=created,
        updated=updated,
        unchanged=unchanged,
        ignored_columns=columns.ignored,
        encoding=table.encoding,
        dry_run=dry_run,
        notes=tuple(notes),
    )


def _with_period(
    rows: list[ImportRow], period: tuple[date, date] | None, errors: list[tuple[int, str]]
) -> list[ImportRow]:
    out = []
    for row in rows:
        if period is not None:
            row = ImportRow(row.line, {**row.values, "period": period})
        if "period" not in row.values:
            errors.append(
                (
                    row.line,
                    translate(
                        "Import",
                        "No day or month: the file needs a date column, or give the period "
                        "(--period YYYY-MM).",
                    ),
                )
            )
            continue
        out.append(row)
    return out


def _agents(db: Database, rows: list[ImportRow]) -> tuple[dict[int, int | None], dict[str, int]]:
    """Line -> agent id, and unknown account -> first line."""
    agents: dict[int, int | None] = {}
    unknown: dict[str, int] = {}
    with db.read() as session:
        index = AccountIndex(session)
        for row in rows:
            account = row.values["account"]
            try:
                agents[row.line] = index.agent_id(account, row.values["period"][0])
            except UserError:
                agents[row.line] = None
            if agents[row.line] is None:
                unknown.setdefault(account, row.line)
    return agents, unknown


def _store(session: Session, row: ImportRow, agent_id: int) -> str:
    values = row.values
    first, last = values["period"]
    found = session.scalars(
        select(AgentSummary).where(
            AgentSummary.account == values["account"],
            AgentSummary.period_start == first,
            AgentSummary.period_end == last,
        )
    ).first()
    new = {column: values.get(field) for column, field in MEASURES.items()}
    new["agent_id"] = agent_id
    if found is None:
        session.add(
            AgentSummary(account=values["account"], period_start=first, period_end=last, **new)
        )
        return CREATED
    if all(getattr(found, column) == value for column, value in new.items()):
        return UNCHANGED
    for column, value in new.items():
        setattr(found, column, value)
    return UPDATED
