"""SQL that reads the same on SQLite and PostgreSQL, where the two engines' words differ.

Services build their queries from these instead of an engine's own functions (SQLite's
``total()``, ``strftime()``, ``date()``): each construct compiles to each engine's form,
so a service never asks which engine it runs on (DESIGN.md keeps engine code here).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, case, cast, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement


def hits(condition: Any) -> ColumnElement[int]:
    """How many rows meet ``condition`` (0 for none): SUM over a CASE, never over a boolean.

    PostgreSQL has no ``sum(boolean)``; SQLite's booleans are integers. Typed as an
    integer so that neither reads it back as a bool.
    """
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0, type_=Integer)


def total(column: Any) -> ColumnElement[float]:
    """The sum of ``column`` as a float, 0.0 for no rows (SQLite's ``total()``).

    On PostgreSQL a sum of integers is a ``numeric`` (a Decimal in Python): cast back.
    """
    return cast(func.coalesce(func.sum(column), 0), Float)


class day_text(FunctionElement):  # noqa: N801 (an SQL function, named as one)
    """A timestamp's day as ``YYYY-MM-DD`` text."""

    type = String()
    inherit_cache = True


class hour_of(FunctionElement):  # noqa: N801
    """A timestamp's hour, 0-23, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(day_text, "sqlite")
def _day_text_sqlite(element, compiler, **kw) -> str:
    return f"date({compiler.process(element.clauses, **kw)})"


@compiles(day_text, "postgresql")
def _day_text_postgresql(element, compiler, **kw) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD')"


@compiles(hour_of, "sqlite")
def _hour_of_sqlite(element, compiler, **kw) -> str:
    return f"CAST(strftime('%H', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(hour_of, "postgresql")
def _hour_of_postgresql(element, compiler, **kw) -> str:
    return f"CAST(EXTRACT(HOUR FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


class unindexed(FunctionElement):  # noqa: N801
    """A column to order by without walking its index: ``+column`` on SQLite.

    SQLite's planner, lacking per-value statistics, may walk an index in order to avoid
    a sort while reading most of the table to find a few matching rows; the unary plus
    stops it. PostgreSQL's planner has the statistics, and no unary plus for text or
    timestamps: the column as it is.
    """

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element, compiler, **kw) -> str:
    return f"(+{compiler.process(element.clauses, **kw)})"


@compiles(unindexed)
def _unindexed_other(element, compiler, **kw) -> str:
    return compiler.process(element.clauses, **kw)


class contains_text(FunctionElement):  # noqa: N801
    """``column`` holds ``text`` anywhere, ignoring case in Latin letters.

    SQLite's LIKE already ignores their case (and ``lower()`` on every row would cost
    several times the scan); PostgreSQL's LIKE does not: ILIKE there. ``%``, ``_`` and
    the backslash in ``text`` match themselves.
    """

    type = Boolean()
    inherit_cache = True

    def __init__(self, column: Any, text: str) -> None:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        super().__init__(column, literal(f"%{escaped}%", String()))


def _contains_text(element, compiler, word: str, **kw) -> str:
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"({column} {word} {pattern} ESCAPE '\\')"


@compiles(contains_text)
def _contains_text_sqlite(element, compiler, **kw) -> str:
    return _contains_text(element, compiler, "LIKE", **kw)


@compiles(contains_text, "postgresql")
def _contains_text_postgresql(element, compiler, **kw) -> str:
    return _contains_text(element, compiler, "ILIKE", **kw)
