"""Change notices: after a service call commits, pages hear about it and refresh.

Signals:
    staff_changed: the staff directory changed (any agent).
    training_changed: courses, sessions, results or certificates changed.
    complaints_changed: a complaint or the complaint settings changed.
    performance_changed: conversations, summaries, shop orders, QA reviews or praise
        changed.
    appraisals_changed: appraisals were prepared, finalised, amended or signed, or the
        appraisal rules changed.
    rota_changed: the rota, its shifts, rules, forecast or staffing settings changed.
    actions_changed: an improvement action was made, changed or checked in.
    shop_changed: shop settings changed (name, backup folder).
    data_reset: the whole database was replaced (restore, demo).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeNotices(QObject):
    """The app's one notice board; built in ``AppContext``, never global."""

    staff_changed = Signal()
    training_changed = Signal()
    complaints_changed = Signal()
    performance_changed = Signal()
    appraisals_changed = Signal()
    rota_changed = Signal()
    actions_changed = Signal()
    shop_changed = Signal()
    data_reset = Signal()

    def connect_month_figures(self, slot) -> None:
        """Call ``slot`` whenever a month's figures of any agent may have changed.

        The pages that show a month (KPIs, appraisals) recompute from every area.
        """
        for signal in (
            self.performance_changed,
            self.complaints_changed,
            self.training_changed,
            self.staff_changed,
            self.rota_changed,  # attendance
            self.data_reset,
        ):
            signal.connect(slot)
