"""Column maps saved by name: an unusual export is mapped once and reused every month.

A map is stored as {column name in the file: field key} ("" leaves a column out). Applied
to a file, only the columns the file has are taken, so a map saved from March's export
still fits April's when the back office added a column; the other columns are
recognised automatically as always. ``--map`` on the command line overrides a saved map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from csdesk.common.i18n import translate
from csdesk.data.shop import ImportMapping
from csdesk.importers import complaints, conversations, staff, summaries, training
from csdesk.importers.bulk import BulkTable
from csdesk.importers.mapping import IGNORE, Field, MappingProblem, parse_overrides
from csdesk.importers.tabular import FileProblem
from csdesk.importers.values import fold
from csdesk.services.database import Database
from csdesk.services.errors import UserError

#: The fields of each import kind a map can name.
FIELDS: dict[str, tuple[Field, ...]] = {
    "staff": staff.FIELDS,
    "training": training.FIELDS,
    "complaints": complaints.FIELDS,
    "conversations": conversations.FIELDS,
    "summaries": summaries.FIELDS,
}
NAME_LENGTH = 60


@dataclass(frozen=True)
class SavedMapping:
    """A saved map: its name and {file column: field key or "" to ignore}."""

    name: str
    columns: dict[str, str]


def saved_mappings(db: Database, kind: str) -> list[SavedMapping]:
    """The maps saved for ``kind``, by name."""
    with db.read() as session:
        rows = session.scalars(select(ImportMapping).where(ImportMapping.kind == kind))
        found = [SavedMapping(row.name, dict(row.columns)) for row in rows]
    return sorted(found, key=lambda m: m.name.casefold())


def save_mapping(db: Database, kind: str, name: str, columns: Mapping[str, str]) -> SavedMapping:
    """Save ``columns`` as the map ``name`` of ``kind``, replacing a map of that name.

    Raises:
        UserError: no name or too long a name, no columns, or a field that ``kind``
            does not have.
    """
    name = name.strip()
    problems = []
    if not name:
        problems.append(translate("Import", "Give the column map a name."))
    elif len(name) > NAME_LENGTH:
        problems.append(
            translate("Import", "A column map's name has at most {count} characters.").format(
                count=NAME_LENGTH
            )
        )
    keys = {f.key for f in _fields(kind)}
    cleaned = {source.strip(): target for source, target in columns.items() if source.strip()}
    if not cleaned:
        problems.append(translate("Import", "The column map names no column."))
    for source, target in cleaned.items():
        if target != IGNORE and target not in keys:
            problems.append(
                translate("Import", '"{field}" is not a field of this import ({column}).').format(
                    field=target, column=source
                )
            )
    if problems:
        raise UserError(translate("Import", "The column map was not saved."), problems)
    with db.write() as session:
        row = session.scalar(
            select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.name == name)
        )
        if row is None:
            session.add(ImportMapping(kind=kind, name=name, columns=cleaned))
        else:
            row.columns = cleaned
    return SavedMapping(name, cleaned)


def delete_mapping(db: Database, kind: str, name: str) -> None:
    """Forget the map ``name`` of ``kind`` (nothing happens if there is none)."""
    with db.write() as session:
        row = session.scalar(
            select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.name == name)
        )
        if row is not None:
            session.delete(row)


def overrides_for(db: Database, kind: str, name: str, header: Sequence[str]) -> dict[str, str]:
    """The saved map ``name`` as overrides for a file with columns ``header``.

    Columns of the map that the file lacks are left out (compared as the mapping
    compares headers: any case, full- or half-width).

    Raises:
        UserError: there is no map of that name; the message lists the saved ones.
    """
    found = {m.name: m for m in saved_mappings(db, kind)}
    if name not in found:
        known = ", ".join(found) or translate("Import", "none")
        raise UserError(
            translate("Import", 'There is no saved column map "{name}" for {kind}.').format(
                name=name, kind=kind
            ),
            [translate("Import", "Saved column maps: {names}").format(names=known)],
        )
    return fitted(found[name].columns, header)


def fitted(columns: Mapping[str, str], header: Sequence[str]) -> dict[str, str]:
    """A map's entries for the columns a file has, under the file's own column names."""
    by_fold = {fold(column): column for column in header}
    return {by_fold[fold(s)]: t for s, t in columns.items() if fold(s) in by_fold}


def fits(columns: Mapping[str, str], header: Sequence[str]) -> bool:
    """Whether a file with columns ``header`` has every column a map names."""
    return len(fitted(columns, header)) == len(columns)


def file_overrides(
    db: Database, kind: str, name: str, path: Path, pairs: Sequence[str] = ()
) -> dict[str, str]:
    """The saved map ``name`` fitted to the file at ``path``, ``--map`` pairs on top.

    Only the file's header is read.

    Raises:
        UserError: no such map, an unreadable file, a pair that is not SOURCE=FIELD.
    """
    try:
        header = BulkTable(Path(path)).header
        extra = parse_overrides(pairs)
    except FileProblem as exc:
        raise UserError(str(exc)) from exc
    except MappingProblem as exc:
        raise UserError(exc.messages[0], exc.messages[1:]) from exc
    return {**overrides_for(db, kind, name, header), **extra}


def _fields(kind: str) -> tuple[Field, ...]:
    if kind not in FIELDS:
        raise UserError(translate("Import", "Unknown import: {kind}.").format(kind=kind))
    return FIELDS[kind]
