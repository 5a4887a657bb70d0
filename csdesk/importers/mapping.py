"""Match a file's header to an import's fields.

Headers in English or Chinese (Simplified or Traditional) are recognised through each
field's synonyms; ``--map SOURCE=FIELD`` overrides; columns nobody mapped are ignored
and named in the summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from csdesk.common.i18n import speaking, translate
from csdesk.common.languages import SUPPORTED
from csdesk.importers.measures import duration_in, parse_duration
from csdesk.importers.values import fold


@dataclass(frozen=True)
class Field:
    """One importable field: its key, header synonyms, and its parser."""

    key: str
    label: Callable[[], str]  # translated lazily, in the language in force
    synonyms: tuple[str, ...] = ()
    required: bool = False
    parse: Callable[[Any], Any] | None = None
    help: Callable[[], str] = field(default=lambda: "")


@dataclass(frozen=True)
class ColumnMap:
    """Which column index feeds which field, and which columns were ignored.

    ``units`` holds, for a duration field whose header names a unit ("时长(分钟)"), the
    seconds one bare number in that column stands for.
    """

    columns: dict[str, int]
    ignored: list[str]
    units: dict[str, float] = field(default_factory=dict)

    def parser(self, f: Field) -> Callable[[Any], Any] | None:
        """The parser of field ``f`` for this file (durations in the header's unit)."""
        unit = self.units.get(f.key)
        return duration_in(unit) if unit is not None else f.parse


class MappingProblem(Exception):
    """The header cannot be mapped (a required column is missing, a bad --map)."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def parse_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """Parse ``SOURCE=FIELD`` pairs from the command line (``SOURCE=`` ignores a column).

    Raises:
        MappingProblem: a pair has no ``=``.
    """
    out: dict[str, str] = {}
    for pair in pairs:
        source, sep, target = pair.partition("=")
        if not sep or not source.strip():
            raise MappingProblem(
                [translate("Import", '"{pair}" is not SOURCE=FIELD.').format(pair=pair)]
            )
        out[source.strip()] = target.strip()
    return out


#: An override target that means "ignore this column".
IGNORE = ""


#: A unit after a header that does not change what the column holds: "首次响应时长(秒)",
#: "满意率(%)", "销售额（元）". Units that do (minutes, hours) are not dropped.
_UNITS = "秒|s|sec|secs|seconds|%|％|元|¥|￥|人|次|个|個|笔|筆"
_PLAIN_UNIT = re.compile(rf"\s*[（(]\s*(?:{_UNITS})\s*[)）]\s*$", re.IGNORECASE)
#: Units after a header that do change what a bare number means, as seconds per unit.
_TIME_UNITS = {
    **dict.fromkeys(("分钟", "分鐘", "分", "min", "mins", "minute", "minutes"), 60.0),
    **dict.fromkeys(("小时", "小時", "时", "時", "h", "hr", "hrs", "hour", "hours"), 3600.0),
    **dict.fromkeys(("毫秒", "ms", "millisecond", "milliseconds"), 0.001),
}
_TIME_UNIT = re.compile(
    rf"\s*[（(]\s*({'|'.join(sorted(_TIME_UNITS, key=len, reverse=True))})\s*[)）]\s*$",
    re.IGNORECASE,
)


def header_unit(header_name: str) -> float | None:
    """Seconds per bare number for a header that names a time unit ("时长(分钟)" -> 60)."""
    m = _TIME_UNIT.search(header_name)
    return _TIME_UNITS[m[1].lower()] if m else None


def guess_field(header_name: str, fields: Sequence[Field]) -> str | None:
    """Return the key of the field that a column header names, or None.

    A header with a unit after it ("首次响应时长(秒)", "会话时长(分钟)") is matched without
    it; ``ColumnMap.units`` keeps a time unit for the duration fields.
    """
    bare = _TIME_UNIT.sub("", _PLAIN_UNIT.sub("", header_name))
    for name in dict.fromkeys((header_name, _PLAIN_UNIT.sub("", header_name), bare)):
        folded = fold(name)
        for f in fields:
            if folded in (fold(word) for word in (f.key, *f.synonyms)):
                return f.key
        for f in fields:  # csdesk's own exports in the window's language
            if folded in _labels(f):
                return f.key
    return None


def _labels(f: Field) -> set[str]:
    """The field's name in every shipped language, folded."""
    found = _LABELS.get((f.key, f.label))
    if found is None:
        found = set()
        for code in SUPPORTED:
            with speaking(code):
                found.add(fold(f.label()))
        _LABELS[(f.key, f.label)] = found
    return found


#: (field key, its label function) -> its folded names in every shipped language.
_LABELS: dict[tuple[str, object], set[str]] = {}


def map_columns(
    header: Sequence[str], fields: Sequence[Field], overrides: Mapping[str, str] | None = None
) -> ColumnMap:
    """Map ``header`` to ``fields``.

    Args:
        header: the file's column names.
        fields: the import's fields.
        overrides: column name -> field key, or ``IGNORE`` to leave a column out.

    Raises:
        MappingProblem: an override names an unknown column or field, two columns feed one
            field, or a required field has no column.
    """
    by_key = {f.key: f for f in fields}
    problems: list[str] = []
    overrides = dict(overrides or {})
    columns: dict[str, int] = {}
    units: dict[str, float] = {}
    ignored: list[str] = []
    folded_header = [fold(h) for h in header]
    for source, target in overrides.items():
        if target != IGNORE and target not in by_key:
            problems.append(
                translate("Import", '--map: "{field}" is not a field of this import.').format(
                    field=target
                )
            )
        if fold(source) not in folded_header:
            problems.append(
                translate("Import", '--map: the file has no column "{column}".').format(
                    column=source
                )
            )
    forced = {fold(s): t for s, t in overrides.items()}
    for index, (name, folded) in enumerate(zip(header, folded_header, strict=True)):
        key = forced[folded] if folded in forced else guess_field(name, fields)
        if key is None or key not in by_key:
            if name:
                ignored.append(name)
            continue
        if key in columns:
            problems.append(
                translate("Import", 'Columns "{first}" and "{second}" both mean {field}.').format(
                    first=header[columns[key]], second=name, field=by_key[key].label()
                )
            )
            continue
        columns[key] = index
        unit = header_unit(name)
        if unit is not None and by_key[key].parse is parse_duration:
            units[key] = unit
    for f in fields:
        if f.required and f.key not in columns:
            problems.append(
                translate("Import", 'The file has no column for "{field}" ({key}).').format(
                    field=f.label(), key=f.key
                )
            )
    if problems:
        raise MappingProblem(problems)
    return ColumnMap(columns, ignored, units)
