"""What a form shows after another seat saved the record it was editing.

The form reloads the record as now saved and puts back, field by field, what the user
typed: a field they changed keeps their value, every other field shows the other
seat's. Nothing typed is lost, and nothing the other seat saved is silently undone by
a field the user never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import TypeVar

Data = TypeVar("Data")
Row = TypeVar("Row")


def typed_over(opened: Data, typed: Data, saved: Data) -> Data:
    """``saved`` with each field the user changed (``typed`` differs from ``opened``) put back.

    All three are instances of the same dataclass: the record as the form opened it,
    as the user left it, and as another seat saved it since.
    """
    changed = {
        item.name: getattr(typed, item.name)
        for item in fields(typed)  # type: ignore[arg-type]
        if getattr(typed, item.name) != getattr(opened, item.name)
    }
    return replace(saved, **changed)  # type: ignore[type-var]


def rows_typed_over(
    opened: Sequence[Row], typed: Sequence[Row], saved: Sequence[Row], key: Callable[[Row], object]
) -> tuple[Row, ...]:
    """Row by row (``key`` names a row): what the user did to a row wins, else theirs.

    The rows the user added, changed or removed keep what the user did; every other row
    is as ``saved``, in its order, then the user's new rows.
    """
    was = {key(r): r for r in opened}
    mine = {key(r): r for r in typed}
    theirs = {key(r): r for r in saved}
    merged: list[Row] = []
    for name in dict.fromkeys([*theirs, *mine]):
        if name in mine and mine[name] != was.get(name):
            merged.append(mine[name])  # added or changed here
        elif name in was and name not in mine:
            continue  # removed here
        elif name in theirs:
            merged.append(theirs[name])
    return tuple(merged)
