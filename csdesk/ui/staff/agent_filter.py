"""Filtering the staff directory: status tab, post, level, channel and the search box.

A proxy over ``AgentTableModel``; filtering is in memory, so typing stays instant with
hundreds of agents.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, QSortFilterProxyModel

from csdesk.domain.staff import Status
from csdesk.services.staff.agents import AgentRecord
from csdesk.ui.common.model_index import ModelIndex
from csdesk.ui.staff.staff_model import SORT_ROLE, AgentTableModel


class AgentFilter(QSortFilterProxyModel):
    """Filters by free text (number, name, phone, sub-account) and by post, level, status.

    ``status`` may be a status key, ``"current"`` (everyone who has not left) or ``""``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._post = ""
        self._level = ""
        self._status = "current"

    def set_filters(
        self,
        text: str | None = None,
        post: str | None = None,
        level: str | None = None,
        status: str | None = None,
    ) -> None:
        """Change any of the filters and re-filter once."""
        self.beginFilterChange()
        if text is not None:
            self._text = text.strip().lower()
        if post is not None:
            self._post = post
        if level is not None:
            self._level = level
        if status is not None:
            self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        agent: AgentRecord = cast(AgentTableModel, self.sourceModel()).agent(source_row)
        d = agent.data
        if self._post and d.post != self._post:
            return False
        if self._level and d.level != self._level:
            return False
        if self._status == "current" and d.status == Status.LEFT:
            return False
        if self._status not in ("", "current") and d.status != self._status:
            return False
        if self._text:
            haystack = " ".join(
                [d.employee_no, d.name, d.phone, agent.mentor_name, d.notes]
                + [a.account_name for a in d.accounts]
            ).lower()
            return self._text in haystack
        return True
