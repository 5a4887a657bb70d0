"""The rota's shift templates: the defaults, reading them, and the shift editor's checks.

A shift used on past days keeps its times and break: changing them would rewrite the
hours agents already worked, so the editor asks for a new shift and the old one archived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csdesk.common.i18n import language, translate
from csdesk.common.seeded import english, seeded_table, shown_name
from csdesk.data.rota import RotaDuty, ShiftTemplate
from csdesk.domain.access import Permission
from csdesk.domain.rota import DAY_MINUTES, DEFAULT_SHIFTS, Shift
from csdesk.services.accounts.access import needs
from csdesk.services.database import Database
from csdesk.services.errors import UserError

#: Colours of the default shifts: light enough to read black codes on, told apart.
DEFAULT_COLOURS = {"M": "#ffe9a8", "D": "#cfe8c4", "E": "#c8dcf2", "N": "#dacff0"}


def _default_shift_names() -> dict[str, str]:
    return {
        "M": translate("Rota", "Morning"),
        "D": translate("Rota", "Middle"),
        "E": translate("Rota", "Evening"),
        "N": translate("Rota", "Night"),
    }


#: The default shifts' codes in a Chinese shop; the letters are still typed and accepted.
CHINESE_CODES = {"M": "早", "D": "中", "E": "晚", "N": "夜"}
#: A code typed for a default shift that the shop codes the other way (M <-> 早).
LETTER_OF = {word: letter for letter, word in CHINESE_CODES.items()}
CODE_ALIASES = {**CHINESE_CODES, **LETTER_OF}


def seed_shift_defaults(session: Session) -> None:
    """The shifts a shop starts with (new shop, or upgrade to 0011), in its language.

    A Chinese shop codes them 早/中/晚/夜, an English one M/D/E/N; either set of codes is
    understood when typed, pasted or imported (``CODE_ALIASES``).
    """
    if session.scalar(select(ShiftTemplate.id).limit(1)) is None:
        names = _default_shift_names()
        chinese = language().startswith("zh")
        for position, shift in enumerate(DEFAULT_SHIFTS):
            session.add(
                ShiftTemplate(
                    code=CHINESE_CODES[shift.code] if chinese else shift.code,
                    name=names[shift.code],
                    start_minute=shift.start,
                    end_minute=shift.end,
                    break_minutes=shift.break_minutes,
                    colour=DEFAULT_COLOURS[shift.code],
                    position=position,
                )
            )


@dataclass(frozen=True)
class ShiftRecord:
    """A shift template as the rota shows it."""

    id: int
    code: str
    name: str
    shift: Shift
    colour: str
    archived: bool


@cache
def _seeded(_language: str) -> dict[str, str]:
    return seeded_table("Rota", english(lambda: _default_shift_names().values()))


def _shift_record(row: ShiftTemplate) -> ShiftRecord:
    shift = Shift(row.code, row.start_minute, row.end_minute, row.break_minutes)
    name = shown_name(row.name, _seeded(language()))  # a seeded name in today's language
    return ShiftRecord(row.id, row.code, name, shift, row.colour, row.archived)


def shifts(db: Database, archived: bool = False) -> list[ShiftRecord]:
    """The shop's shifts in their order (archived ones too, if asked)."""
    with db.read() as session:
        return [s for s in templates_by_id(session).values() if archived or not s.archived]


@dataclass(frozen=True)
class ShiftDraft:
    """A shift as the shift editor hands it over (``id`` None: a new shift)."""

    id: int | None
    code: str
    name: str
    start_minute: int
    end_minute: int
    break_minutes: int
    colour: str
    archived: bool = False


def _shift_problems(session: Session, draft: ShiftDraft) -> list[str]:
    problems = []
    code = draft.code.strip()
    if not re.fullmatch(r"[A-Za-z0-9]{1,4}", code):
        problems.append(translate("Rota", "A shift code is 1 to 4 letters or digits."))
    else:
        clash = session.scalars(
            select(ShiftTemplate.id).where(func.upper(ShiftTemplate.code) == code.upper())
        ).first()
        if clash is not None and clash != draft.id:
            problems.append(
                translate("Rota", "Another shift has the code {code}.").format(code=code)
            )
    if not draft.name.strip():
        problems.append(translate("Rota", "Name the shift."))
    if not (0 <= draft.start_minute < DAY_MINUTES and 0 <= draft.end_minute < DAY_MINUTES):
        problems.append(translate("Rota", "Start and end are times of day."))
    elif draft.start_minute == draft.end_minute:
        problems.append(translate("Rota", "A shift cannot end when it starts."))
    else:
        span = Shift(code, draft.start_minute, draft.end_minute).span_minutes
        if not 0 <= draft.break_minutes < span:
            problems.append(translate("Rota", "The break must be shorter than the shift."))
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", draft.colour):
        problems.append(translate("Rota", "Pick a colour for the shift."))
    return problems


@needs(Permission.ROTA)
def save_shift(db: Database, draft: ShiftDraft, today: date | None = None) -> int:
    """Add or change a shift; returns its id.

    A shift that past days of the rota used keeps its times and break (changing them
    would rewrite the hours agents already worked): archive it and add a new one.

    Raises:
        UserError: the problems with the shift; nothing was saved.
    """
    with db.write() as session:
        problems = _shift_problems(session, draft)
        row = session.get(ShiftTemplate, draft.id) if draft.id else None
        if row is not None and (
            (row.start_minute, row.end_minute, row.break_minutes)
            != (draft.start_minute, draft.end_minute, draft.break_minutes)
        ):
            used = session.scalars(
                select(RotaDuty.id).where(
                    RotaDuty.shift_id == row.id, RotaDuty.day < (today or date.today())
                )
            ).first()
            if used is not None:
                problems.append(
                    translate(
                        "Rota",
                        "Past days of the rota use this shift, so its times cannot change: "
                        "archive it and add a new shift with the new times.",
                    )
                )
        if problems:
            raise UserError(problems[0], problems)
        if row is None:
            last = session.scalar(select(func.max(ShiftTemplate.position))) or 0
            row = ShiftTemplate(position=last + 1)
            session.add(row)
        row.code = draft.code.strip().upper()
        row.name = draft.name.strip()[:40]
        row.start_minute, row.end_minute = draft.start_minute, draft.end_minute
        row.break_minutes = draft.break_minutes
        row.colour = draft.colour.lower()
        row.archived = draft.archived
        session.flush()
        return row.id


def templates_by_id(session: Session) -> dict[int, ShiftRecord]:
    """Every shift by id, in the shop's order (the legend and the print follow it)."""
    query = select(ShiftTemplate).order_by(ShiftTemplate.position, ShiftTemplate.code)
    return {r.id: _shift_record(r) for r in session.scalars(query)}


def live_shift_codes(session: Session) -> dict[str, ShiftRecord]:
    """The shifts that may be given (not archived), by upper-case code."""
    return {s.code.upper(): s for s in templates_by_id(session).values() if not s.archived}
