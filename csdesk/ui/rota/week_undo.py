"""Undo and redo in the rota grid: a bad paste is one Ctrl+Z away, not an afternoon.

Each stored change to the week (typing, pasting, picking a shift or a leave) keeps the
days as they were before it; undo stores those days again, redo the change again. Both
go through the same service call as any edit, so they are checked, logged after
publishing, and refused with a message when the rules refuse them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from csdesk.services.rota.week_edits import DayEdit
from csdesk.services.rota.week_plan import DayPlan, WeekRota

#: How many changes can be undone.
DEPTH = 50


def days_before(week_rota: WeekRota, edits: list[DayEdit]) -> list[DayEdit]:
    """The days ``edits`` will change, as they stand now (no entry: a day off)."""
    out = []
    for edit in edits:
        plan = week_rota.plans.get((edit.agent_id, edit.day), DayPlan())
        out.append(DayEdit(edit.agent_id, edit.day, plan.codes, plan.leave))
    return out


@dataclass
class EditHistory:
    """The week's changes that can be undone, and the undone ones that can be redone."""

    undo_stack: list[tuple[list[DayEdit], list[DayEdit]]] = field(default_factory=list)
    redo_stack: list[tuple[list[DayEdit], list[DayEdit]]] = field(default_factory=list)

    def done(self, before: list[DayEdit], after: list[DayEdit]) -> None:
        """A new change was stored: it can be undone; what was undone can no longer be redone."""
        self.undo_stack.append((before, after))
        del self.undo_stack[:-DEPTH]
        self.redo_stack.clear()

    def clear(self) -> None:
        """Another week is shown: its history starts empty."""
        self.undo_stack.clear()
        self.redo_stack.clear()
