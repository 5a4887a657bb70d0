"""Training records in and out of files: the import, the export, the matrix workbook.

Records travel one line per agent per session (CSV or XLSX).

Rows with the same course and day (and trainer, when given) form one session. A row is
matched to what is on file by agent + course + day, so re-importing adds nothing twice;
an empty cell never erases what is recorded. An unknown course is added to the catalogue
(as an advanced course, attendance-only, required for nobody) and named in the summary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from csdesk.common.atomic import atomic_path
from csdesk.common.i18n import translate
from csdesk.common.labels import label, post_labels
from csdesk.common.palette import STANDING_COLOURS
from csdesk.common.progress import Progress
from csdesk.common.training_labels import standing_labels
from csdesk.data.staff import Agent
from csdesk.data.training import Course, TrainingSession
from csdesk.domain.access import Permission
from csdesk.domain.training import Attendance, Category, Format
from csdesk.importers import training as training_import
from csdesk.importers.rows import ImportRow
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.exporting import append_text_row, column_names, write_table
from csdesk.services.importing import (
    CREATED,
    UNCHANGED,
    UPDATED,
    FileColumn,
    ImportSummary,
    PreviewRow,
    apply_all,
    count,
    field_list,
    open_table,
)
from csdesk.services.importing import file_columns as _file_columns
from csdesk.services.staff.agent_index import AgentIndex
from csdesk.services.training import courses as training
from csdesk.services.training import session_records, training_status
from csdesk.services.training.seeded_courses import course_title


def file_columns(path: Path) -> list[FileColumn]:
    """Read a file's header and guess each column's training field."""
    return _file_columns(path, training_import.FIELDS)


def training_fields() -> list[tuple[str, str, bool, str]]:
    """Return (key, label, required, accepted values) for ``import training --fields``."""
    return field_list(training_import.FIELDS)


class _Finder:
    """Looks agents, courses and sessions up once per import, not once per line.

    Objects a failed line created are rolled back with its savepoint; they are dropped
    from the cache when found no longer persistent.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.agents = AgentIndex(session)
        self.courses: dict[str, Course | None] = {}
        self.sessions: dict[tuple[int, date], list[TrainingSession]] = {}

    def agent(self, values: dict[str, Any]) -> Agent:
        """The agent a line names by employee number (checked against the name) or name."""
        return self.agents.named(values.get("employee_no"), values.get("name"))

    def _alive(self, obj) -> bool:
        return obj is not None and inspect(obj).persistent

    def course(self, code_or_title: str) -> Course | None:
        """The course a line names by code or title (None: not in the catalogue)."""
        key = code_or_title.strip().lower()
        found = self.courses.get(key)
        if not self._alive(found):
            found = training.find_course(self.session, code_or_title)
            self.courses[key] = found
        return found

    def new_course_code(self) -> str:
        """The next free IMP-nnn code for a course the file brings."""
        taken = set(self.session.scalars(select(Course.code).where(Course.code.like("IMP-%"))))
        number = 1
        while f"IMP-{number:03d}" in taken:
            number += 1
        return f"IMP-{number:03d}"

    def session_of(
        self, course: Course, starts_at: datetime, trainer: str | None
    ) -> TrainingSession | None:
        """The session of ``course`` that day (the trainer's, when several)."""
        key = (course.id, starts_at.date())
        candidates = [s for s in self.sessions.get(key, []) if self._alive(s)]
        if key not in self.sessions:
            midnight = datetime(starts_at.year, starts_at.month, starts_at.day)
            candidates = list(
                self.session.scalars(
                    select(TrainingSession)
                    .where(
                        TrainingSession.course_id == course.id,
                        TrainingSession.starts_at >= midnight,
                        TrainingSession.starts_at < midnight + timedelta(days=1),
                    )
                    .options(selectinload(TrainingSession.attendees))
                    .order_by(TrainingSession.id)
                )
            )
        self.sessions[key] = candidates
        if trainer:
            for candidate in candidates:
                if candidate.trainer == trainer:
                    return candidate
        return candidates[0] if candidates else None

    def add_session(self, row: TrainingSession) -> None:
        """Remember a session the import created."""
        self.sessions.setdefault((row.course_id, row.starts_at.date()), []).append(row)


@needs(Permission.TRAINING)
def import_training(
    db: Database,
    path: Path,
    mapping: Sequence[str] | Mapping[str, str] = (),
    dry_run: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportSummary:
    """Import training records from ``path``; see the module doc for the rules.

    A line of a session held by ``today`` means the agent came unless it says
    otherwise; for a session still to come, the attendance stays unrecorded.

    Raises:
        ImportFailed: any problem; ``details`` has one line per bad line.
        ImportCancelled: ``progress`` returned False.
    """
    today = today or date.today()
    table, columns = open_table(path, training_import.FIELDS, mapping)
    rows, errors = training_import.read_rows(table, columns)
    new_courses: list[str] = []
    labels: dict[int, tuple[str, str]] = {}

    finder: _Finder | None = None

    def apply_row(session: Session, row: ImportRow) -> str:
        nonlocal finder
        finder = finder or _Finder(session)
        values = row.values
        agent = finder.agent(values)
        course = finder.course(values["course"])
        if course is None:
            course = training.add_course(
                session,
                training.CourseData(
                    code=finder.new_course_code(),
                    title=values["course"],
                    category=Category.ADVANCED,
                    hours=values.get("hours", 0.0),
                ),
            )
            new_courses.append(values["course"])
        labels[row.line] = (
            f"{agent.employee_no} {agent.name}",
            f"{course_title(course.title)} · {values['date']:%Y-%m-%d}",
        )
        found = finder.session_of(course, values["date"], values.get("trainer"))
        outcome = UNCHANGED
        if found is None:
            data = session_records.SessionData(
                course_id=course.id,
                starts_at=values["date"],
                hours=values.get("hours", course.hours),
                trainer=values.get("trainer", ""),
                format=values.get("format", Format.ON_SITE),
            )
            found = session_records.apply_session(session, TrainingSession(), data)
            finder.add_session(found)
            outcome = CREATED
        else:
            changes: dict[str, Any] = {
                k: values[k] for k in ("trainer", "format", "hours") if k in values
            }
            if values["date"].time() != datetime.min.time():
                changes["starts_at"] = values["date"]
            for key, value in changes.items():
                if getattr(found, key) != value:
                    setattr(found, key, value)
                    outcome = UPDATED
        attendee = next((a for a in found.attendees if a.agent_id == agent.id), None)
        current = (
            session_records.attendee_data(attendee)
            if attendee
            else session_records.AttendeeData(agent.id)
        )
        wanted = session_records.AttendeeData(
            agent.id,
            attendance=values.get("attended", current.attendance)
            or (Attendance.PRESENT if values["date"].date() <= today else None),
            score=values.get("score", current.score),
            comment=values.get("comment", current.comment),
            # a new score decides afresh; a stated result stands where there is no score
            passed=values.get("passed", None if "score" in values else current.passed),
        )
        wanted = replace(wanted, passed=session_records.decide_pass(wanted, course.pass_mark))
        if attendee is None:
            outcome = CREATED
        elif wanted != current and outcome == UNCHANGED:
            outcome = UPDATED
        if attendee is None or wanted != current:
            session_records.record_attendance(session, found, wanted)
        return outcome

    outcome = apply_all(
        db, rows, lambda r: r.line, apply_row, errors, dry_run=dry_run, progress=progress
    )
    notes: tuple[str, ...] = ()
    if new_courses:
        notes = (
            translate(
                "Import",
                "New courses added to the catalogue (check their category and pass mark): "
                "{courses}",
            ).format(courses=", ".join(dict.fromkeys(new_courses))),
        )
    preview = tuple(PreviewRow(r.line, *labels[r.line], outcome[r.line]) for r in rows)
    return ImportSummary(
        len(rows), *count(outcome), columns.ignored, table.encoding, dry_run, preview, notes
    )


def export_rows(db: Database) -> tuple[list[str], list[list[Any]]]:
    """Return the export header (the import's field keys) and one row per attendee."""
    header = [f.key for f in training_import.FIELDS]
    rows = []
    for record in reversed(session_records.list_sessions(db)):
        starts_at = record.data.starts_at
        when = starts_at if starts_at.time() != datetime.min.time() else starts_at.date()
        for a in record.attendees:
            rows.append(
                [
                    a.employee_no,
                    a.name,
                    record.course_code,
                    when,
                    record.data.trainer,
                    record.data.format,
                    record.data.hours,
                    a.attendance or "",
                    a.score,
                    "" if a.passed is None else ("yes" if a.passed else "no"),
                    a.comment,
                ]
            )
    return header, rows


def export_training(
    db: Database,
    out: Path,
    fmt: str | None = None,
    progress: Progress | None = None,
    labelled: bool = False,
) -> int:
    """Write every attendance record to ``out`` as CSV or XLSX; return the rows.

    The headers are the import's field keys, or with ``labelled`` their names in the
    user's language; either way an export re-imports unchanged.
    """
    _keys, rows = export_rows(db)
    header = column_names(training_import.FIELDS, labelled)
    return write_table(out, header, rows, fmt, total=len(rows), progress=progress)


def export_matrix(
    db: Database, out: Path, agent_ids: list[int] | None = None, today: date | None = None
) -> int:
    """Write the training matrix to an XLSX with cells coloured by standing.

    Each course cell holds the standing and the date behind it; returns the agents.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    matrix = training_status.training_matrix(db, today or date.today())
    rows = [r for r in matrix.rows if agent_ids is None or r.agent_id in set(agent_ids)]
    words, posts = standing_labels(), post_labels()
    book = Workbook()
    sheet = book.active
    sheet.title = translate("Report", "Training matrix")[:31]
    sheet.append(
        [
            translate("Report", "No."),
            translate("Report", "Name"),
            translate("Report", "Post"),
            *[c.title for c in matrix.courses],
        ]
    )
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in rows:
        values = [r.employee_no, r.name, label(posts, r.post)]
        for c in r.cells:
            if c is None:
                values.append("")
                continue
            when = c.valid_until or c.completed_on
            values.append(f"{words[c.standing]} {when.isoformat()}" if when else words[c.standing])
        append_text_row(sheet, values)
        for column, c in enumerate(r.cells, start=4):
            if c is not None:
                fill = STANDING_COLOURS[c.standing][0].lstrip("#")
                sheet.cell(sheet.max_row, column).fill = PatternFill("solid", fgColor="FF" + fill)
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = 16
    sheet.column_dimensions["B"].width = 12
    sheet.freeze_panes = "D2"
    with atomic_path(out) as part:
        book.save(part)
    return len(rows)
