"""The week tab's actions on whole weeks: copy a week, swap two agents, publish.

They speak in the tab's words (its translation context) and leave the tab to reload
when the rota's change notice comes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from csdesk.common.rota_labels import week_title
from csdesk.domain.weeks import Week
from csdesk.services.errors import UserError
from csdesk.services.rota import week_edits
from csdesk.ui.common.formats import show_date
from csdesk.ui.common.widgets import status_message

if TYPE_CHECKING:
    from csdesk.ui.rota.rota_week_tab import WeekTab


def copy_from(tab: WeekTab, source: Week) -> None:
    """Copy the shifts of ``source`` onto the week shown (asking before replacing)."""
    assert tab.week_rota is not None
    if any(p.codes for p in tab.week_rota.plans.values()):
        answer = QMessageBox.question(
            tab,
            QCoreApplication.translate("WeekTab", "Copy a week"),
            QCoreApplication.translate(
                "WeekTab",
                "Replace the shifts of {target} with those of {source}? Leave stays as it is.",
            ).format(target=tab.week, source=source),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    count = week_edits.copy_week(tab.ctx.db, source, tab.week, tab.ctx.author)
    tab.ctx.notices.rota_changed.emit()
    status_message(
        tab,
        QCoreApplication.translate(
            "WeekTab", "{count} shifts copied from {source}", None, count
        ).format(count=count, source=source),
    )


def choose_copy_source(tab: WeekTab) -> None:
    """Pick one of the last 12 weeks to copy from."""
    weeks = [tab.week.shift(-n) for n in range(1, 13)]
    labels = [
        QCoreApplication.translate("WeekTab", "{week} ({first} – {last})").format(
            week=week_title(w), first=show_date(w.days[0]), last=show_date(w.days[-1])
        )
        for w in weeks
    ]
    chosen, ok = QInputDialog.getItem(
        tab,
        QCoreApplication.translate("WeekTab", "Copy a week"),
        QCoreApplication.translate("WeekTab", "Copy the shifts of:"),
        labels,
        0,
        False,
    )
    if ok:
        copy_from(tab, weeks[labels.index(chosen)])


def swap_selected(tab: WeekTab) -> None:
    """Swap the shifts of the two agents selected, on the days selected."""
    spots = tab.grid.selected_spots()
    agents = sorted({a for a, _d in spots})
    if len(agents) != 2:
        status_message(
            tab, QCoreApplication.translate("WeekTab", "Select days of exactly two agents to swap.")
        )
        return
    days = sorted({d for _a, d in spots})
    week_edits.swap_agents(tab.ctx.db, agents[0], agents[1], days, tab.ctx.author)
    tab.ctx.notices.rota_changed.emit()
    status_message(
        tab,
        QCoreApplication.translate("WeekTab", "Swapped on {count} days", None, len(days)).format(
            count=len(days)
        ),
    )


def publish(tab: WeekTab) -> None:
    """Publish the week (its later changes are logged)."""
    assert tab.week_rota is not None
    open_count = sum(1 for f in tab.week_rota.findings if f.open)
    text = QCoreApplication.translate(
        "WeekTab", "Publish {week} to the team? Changes after this are logged."
    ).format(week=week_title(tab.week))
    if open_count:
        text += "\n\n" + QCoreApplication.translate(
            "WeekTab", "{count} rule checks are still open.", None, open_count
        ).format(count=open_count)
    if (
        QMessageBox.question(tab, QCoreApplication.translate("WeekTab", "Publish"), text)
        != QMessageBox.StandardButton.Yes
    ):
        return
    try:
        week_edits.publish_week(tab.ctx.db, tab.week, tab.ctx.author)
    except UserError as exc:
        QMessageBox.warning(tab, QCoreApplication.translate("WeekTab", "Publish"), exc.message)
        return
    tab.ctx.notices.rota_changed.emit()
