"""What a form shows after another seat saved the record it was editing.

The form reloads the record as now saved and puts back, field by field, what the user
typed: a field they changed keeps their value, every other field shows the other
seat's. Nothing typed is lost, and nothing the other seat saved is silently undone by
a field the user never touched.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TypeVar

Data = TypeVar("Data")


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
