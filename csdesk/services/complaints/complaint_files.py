"""Complaints in and out of files: a help desk's history in, the list (or a month) out.

Imported history keeps its status and times even where the app's rules (a follow-up
visit before closing) were not recorded then; every imported complaint is marked
``imported``. A line matches a complaint on file by reference, or by received time +
order number + customer when it has none: re-importing adds nothing twice, and a
later export of the help desk brings the complaint's newer status and times.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.i18n import translate
from csdesk.data.complaints import Complaint, ComplaintCategory, RootCause
from csdesk.data.staff import Agent, PlatformAccount
from csdesk.domain.access import Permission
from csdesk.domain.complaints import ComplaintStatus, EventKind, Priority
from csdesk.importers import complaints as complaint_import
from csdesk.importers.rows import ImportRow
from csdesk.services.accounts.access import needs
from csdesk.services.complaints import case_changes, complaint_settings
from csdesk.services.complaints import case_files as complaints
from csdesk.services.complaints.complaint_clocks import clock_rules, refresh_clocks
from csdesk.services.database import Database
from csdesk.services.errors import UserError
from csdesk.services.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    FileColumn,
    ImportSummary,
    PreviewRow,
    Progress,
    apply_all,
    count,
    field_list,
    open_table,
)
from csdesk.services.importing import file_columns as _file_columns
from csdesk.services.staff.agent_index import AgentIndex

IMPORT_AUTHOR = "import"

#: The case-file fields an import line may bring, and the complaint column of each.
CASE_FIELDS = (
    "platform",
    "shop",
    "channel",
    "customer",
    "contact",
    "order_no",
    "product",
    "priority",
    "description",
)
#: Each step time of a line, and the status it records on the timeline.
STATUS_OF_TIME = {
    "first_response_at": ComplaintStatus.ACKNOWLEDGED,
    "solution_at": ComplaintStatus.SOLUTION_PROPOSED,
    "resolved_at": ComplaintStatus.RESOLVED,
    "closed_at": ComplaintStatus.CLOSED,
}
TIME_FIELDS = tuple(STATUS_OF_TIME)


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's complaint field."""
    return _file_columns(path, complaint_import.FIELDS)


def complaint_fields() -> list[tuple[str, str, bool, str]]:
    """Return (key, label, required, accepted values) for ``import complaints --fields``."""
    return field_list(complaint_import.FIELDS)


class _Finder:
    """Looks agents, categories, root causes and complaints up once per import."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.agents = AgentIndex(session)
        self.accounts = session.scalars(select(PlatformAccount)).all()
        self.new_categories: list[str] = []
        self.new_causes: list[str] = []
        self.new_channels: list[str] = []
        self.filled_resolution = 0

    def agent(self, written: str, on: date) -> Agent:
        """The agent a line names by employee number, name or platform sub-account."""
        agent = self.agents.by_number(written) or self.agents.by_name(written)
        if agent is not None:
            return agent
        holders = {
            a.agent_id
            for a in self.accounts
            if a.account_name == written
            and (a.valid_from is None or a.valid_from <= on)
            and (a.valid_to is None or a.valid_to >= on)
        }
        if len(holders) == 1 and (holder := self.session.get(Agent, holders.pop())):
            return holder
        raise UserError(
            translate(
                "Import", "{name} is not an employee number, name or sub-account of an agent."
            ).format(name=written)
        )

    def category(self, name: str, sub: str | None) -> ComplaintCategory:
        """The category (and subcategory) a line names; unknown ones are added."""
        top = complaint_settings.find_category(self.session, name, None)
        if top is None:
            top = complaint_settings.add_category_in(self.session, name, None)
            self.new_categories.append(top.name)
        if not sub:
            return top
        child = complaint_settings.find_category(self.session, sub, top.id)
        if child is None:
            child = complaint_settings.add_category_in(self.session, sub, top.id)
            self.new_categories.append(f"{top.name} / {child.name}")
        return child

    def root_cause(self, name: str) -> RootCause:
        """The root cause a line names; an unknown one is added."""
        found = complaint_settings.find_root_cause(self.session, name)
        if found is None:
            found = complaint_settings.add_root_cause_in(self.session, name)
            self.new_causes.append(found.name)
        return found

    def existing(self, values: dict[str, Any]) -> Complaint | None:
        """The complaint on file that this line describes, if any."""
        query = select(Complaint).options(
            selectinload(Complaint.pauses), selectinload(Complaint.events)
        )
        if values.get("ref"):
            # upper() on both sides in the database: SQLite folds ASCII only, Python all of
            # Unicode, and a reference with "û" was then never found again (found by fuzzing)
            query = query.where(func.upper(Complaint.ref) == func.upper(values["ref"]))
        else:
            query = query.where(
                Complaint.received_at == values["received_at"],
                Complaint.order_no == values.get("order_no", ""),
                Complaint.customer == values.get("customer", ""),
            )
        return self.session.scalars(query).first()


def _status_of(values: dict[str, Any]) -> str:
    """The status a line states, or the one its times imply."""
    if values.get("status"):
        return values["status"]
    for key in reversed(TIME_FIELDS):
        if values.get(key):
            return STATUS_OF_TIME[key]
    return ComplaintStatus.NEW


def _data(values: dict[str, Any], current: complaints.ComplaintData | None):
    base = current or complaints.ComplaintData(received_at=values["received_at"], channel="")
    changes = {k: values[k] for k in CASE_FIELDS if k in values}
    return complaints.ComplaintData(
        received_at=values["received_at"],
        customer=changes.get("customer", base.customer),
        priority=changes.get("priority", base.priority or Priority.NORMAL),
        channel=changes.get("channel", base.channel),
        platform=changes.get("platform", base.platform),
        shop=changes.get("shop", base.shop),
        contact=changes.get("contact", base.contact),
        order_no=changes.get("order_no", base.order_no),
        product=changes.get("product", base.product),
        category_id=base.category_id,
        description=changes.get("description", base.description),
        agent_id=base.agent_id,
    )


def _apply_history(complaint: Complaint, values: dict[str, Any], finder: _Finder) -> bool:
    """Set the stated status and step times; return whether anything changed."""
    status = _status_of(values)
    times = {k: values[k] for k in TIME_FIELDS if values.get(k)}
    finished = status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
    if finished and "resolved_at" not in times:
        # a help desk that only records closing: the complaint was resolved by then
        times["resolved_at"] = times.get("closed_at") or max(
            [values["received_at"], *times.values()]
        )
        finder.filled_resolution += 1
    changed = False
    for key, at in times.items():
        if getattr(complaint, key) != at:
            setattr(complaint, key, at)
            changed = True
            case_changes.log_event(
                complaint, at, EventKind.STATUS, IMPORT_AUTHOR, "", "", STATUS_OF_TIME[key]
            )
    if complaint.status != status:
        complaint.status = str(status)
        changed = True
    return changed


@needs(Permission.COMPLAINTS)
def import_complaints(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Import complaints from ``path``; see the module doc for the rules.

    Raises:
        ImportFailed: any problem; ``details`` has one line per bad line.
        ImportCancelled: ``progress`` returned False.
    """
    now = now or datetime.now()
    table, columns = open_table(path, complaint_import.FIELDS, mapping)
    rows, errors = complaint_import.read_rows(table, columns)
    labels: dict[int, tuple[str, str]] = {}
    finder: _Finder | None = None
    rules = None
    known_channels = set(complaint_import.CHANNEL_WORDS.values())

    def apply_row(session: Session, row: ImportRow) -> str:
        nonlocal finder, rules
        finder = finder or _Finder(session)
        rules = rules or clock_rules(session)
        values = row.values
        if values["received_at"] > now + complaints.CLOCK_SLACK:
            raise UserError(translate("Complaints", "The time received is in the future."))
        complaint = finder.existing(values)
        current = complaints.complaint_data(complaint) if complaint else None
        data = _data(values, current)
        if "category" in values:
            category = finder.category(values["category"], values.get("subcategory"))
            data = replace(data, category_id=category.id)
        if "agent" in values:
            agent = finder.agent(values["agent"], values["received_at"].date())
            data = replace(data, agent_id=agent.id)
        if data.channel and data.channel not in known_channels:
            finder.new_channels.append(data.channel)
        problems = case_changes.complaint_problems(session, data, now)
        if problems:
            raise UserError(problems[0], problems)
        outcome = UNCHANGED
        if complaint is None:
            ref = values.get("ref") or case_changes.next_ref(session, data.received_at.year)
            complaint = case_changes.create_in(
                session, data, rules, now, author=IMPORT_AUTHOR, ref=ref
            )
            complaint.imported = True
            outcome = CREATED
        elif data != current:
            case_changes.apply_case(complaint, data)
            outcome = UPDATED
        if _apply_history(complaint, values, finder) and outcome == UNCHANGED:
            outcome = UPDATED
        outcome = _apply_follow_up(complaint, values, finder, outcome)
        refresh_clocks(complaint, rules, now)
        session.flush()
        labels[row.line] = (
            complaint.ref,
            " · ".join(p for p in (data.customer, data.order_no) if p),
        )
        return outcome

    outcome = apply_all(
        db, rows, lambda r: r.line, apply_row, errors, dry_run=dry_run, progress=progress
    )
    preview = tuple(PreviewRow(r.line, *labels[r.line], outcome[r.line]) for r in rows)
    return ImportSummary(
        len(rows),
        *count(outcome),
        columns.ignored,
        table.encoding,
        dry_run,
        preview,
        _notes(finder),
    )


def _apply_follow_up(complaint: Complaint, values: dict[str, Any], finder: _Finder, outcome: str):
    changes: dict[str, Any] = {}
    if "satisfaction" in values:
        changes["satisfaction"] = values["satisfaction"]
    if "compensation_type" in values:
        changes["compensation_type"] = values["compensation_type"]
    if "compensation_amount" in values:
        changes["compensation_cents"] = values["compensation_amount"]
    if "root_cause" in values:
        changes["root_cause_id"] = finder.root_cause(values["root_cause"]).id
    for key, value in changes.items():
        if getattr(complaint, key) != value:
            setattr(complaint, key, value)
            if outcome == UNCHANGED:
                outcome = UPDATED
    return outcome


def _notes(finder: _Finder | None) -> tuple[str, ...]:
    if finder is None:
        return ()
    notes = []
    if finder.new_categories:
        notes.append(
            translate("Import", "New categories added: {names}").format(
                names=", ".join(dict.fromkeys(finder.new_categories))
            )
        )
    if finder.new_causes:
        notes.append(
            translate("Import", "New root causes added: {names}").format(
                names=", ".join(dict.fromkeys(finder.new_causes))
            )
        )
    if finder.new_channels:
        notes.append(
            translate("Import", "Channels kept as written: {names}").format(
                names=", ".join(dict.fromkeys(finder.new_channels))
            )
        )
    if finder.filled_resolution:
        notes.append(
            translate(
                "Import",
                "{count} resolved or closed complaints had no resolution time; the closing "
                "time (or the last time given) was taken.",
            ).format(count=finder.filled_resolution)
        )
    return tuple(notes)


# --- export -------------------------------------------------------------------------------
