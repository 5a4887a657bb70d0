"""The forecast: contacts per weekday and hour for each channel, and the sale events.

Typed in the table (a block pasted from a spreadsheet fills it too), or filled with the
average of the last weeks of imported conversations, which the supervisor then checks
and adjusts before saving. Sale events multiply the forecast on their days.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csdesk.common.labels import channel_labels
from csdesk.services.errors import UserError
from csdesk.services.rota import rota_coverage
from csdesk.services.rota.rota_coverage import Grid, SaleEvent
from csdesk.ui.common.widgets import ProblemLabel, open_size


class ForecastTable(QTableWidget):
    """24 hours down, 7 weekdays across; Ctrl+V pastes a block from a spreadsheet."""

    def __init__(self) -> None:
        super().__init__(24, 7)
        self.setObjectName("forecastTable")
        self.setVerticalHeaderLabels([f"{h:02d}:00" for h in range(24)])
        self.setHorizontalHeaderLabels(
            [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        )
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def set_grid(self, grid: Grid) -> None:
        """Show ``grid`` ([weekday][hour])."""
        for weekday in range(7):
            for hour in range(24):
                item = QTableWidgetItem(f"{grid[weekday][hour]:g}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(hour, weekday, item)

    def grid(self) -> tuple[Grid, list[str]]:
        """The typed grid, and the cells that are not numbers (as "Mon 09:00: abc")."""
        grid = rota_coverage.empty_grid()
        problems = []
        for weekday in range(7):
            for hour in range(24):
                item = self.item(hour, weekday)
                raw = item.text().strip() if item else ""
                try:
                    value = float(raw) if raw else 0.0
                    if value < 0:
                        raise ValueError
                except ValueError:
                    day = self.model().headerData(weekday, Qt.Orientation.Horizontal)
                    problems.append(
                        self.tr("{day} {hour:02d}:00: “{text}” is not a number of contacts").format(
                            day=day, hour=hour, text=raw
                        )
                    )
                    continue
                grid[weekday][hour] = value
        return grid, problems

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text().rstrip("\n")
            top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
            for dr, line in enumerate(text.split("\n")):
                for dc, value in enumerate(line.split("\t")):
                    if top + dr < 24 and left + dc < 7:
                        self.setItem(top + dr, left + dc, QTableWidgetItem(value.strip()))
            return
        super().keyPressEvent(event)


class ForecastDialog(QDialog):
    """Edit each channel's forecast and the sale events; Save stores all of it."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Forecast"))
        open_size(self, 760, 680)
        self.grids = rota_coverage.forecast(ctx.db)
        self.channel = QComboBox()
        names = channel_labels()
        for channel in self.grids:
            self.channel.addItem(names.get(channel, channel), channel)
        self.shown = self.channel.currentData()
        self.channel.currentIndexChanged.connect(self._switch)
        self.table = ForecastTable()
        self.table.set_grid(self.grids[self.shown])
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(8)
        self.history_button = QPushButton(self.tr("Fill from history"))
        self.history_button.clicked.connect(self.fill_from_history)
        self.history_note = QLabel()
        self.history_note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Channel")))
        top.addWidget(self.channel)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Average of the last")))
        top.addWidget(self.weeks)
        top.addWidget(QLabel(self.tr("weeks of conversations")))
        top.addWidget(self.history_button)
        forecast_tab = QWidget()
        box = QVBoxLayout(forecast_tab)
        box.addLayout(top)
        box.addWidget(self.history_note)
        box.addWidget(self.table, 1)
        box.addWidget(
            QLabel(
                self.tr(
                    "Contacts per hour on an ordinary day; paste from a spreadsheet with Ctrl+V."
                )
            )
        )

        self.events = QTableWidget(0, 4)
        self.events.setObjectName("saleEvents")
        self.events.setHorizontalHeaderLabels(
            [
                self.tr("Sale event"),
                self.tr("First day"),
                self.tr("Last day"),
                self.tr("Contacts ×"),
            ]
        )
        self.events.horizontalHeader().setStretchLastSection(True)
        self.event_ids: list[int | None] = []
        for event in rota_coverage.sale_events(ctx.db):
            self._add_event_row(event)
        self.removed: list[int] = []
        add = QPushButton(self.tr("Add sale event"))
        add.clicked.connect(self.add_event)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_event)
        events_tab = QWidget()
        events_box = QVBoxLayout(events_tab)
        events_box.addWidget(self.events, 1)
        events_box.addWidget(
            QLabel(
                self.tr(
                    "On these days every hour's contacts are multiplied (618, 双11 …). "
                    "Dates as 2026-11-11."
                )
            )
        )
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        events_box.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(forecast_tab, self.tr("Contacts per hour"))
        self.tabs.addTab(events_tab, self.tr("Sale events"))
        self.problems = ProblemLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def _switch(self) -> None:
        grid, problems = self.table.grid()
        if problems:
            self.problems.show_problems(problems[:5])
            self.channel.blockSignals(True)
            self.channel.setCurrentIndex(self.channel.findData(self.shown))
            self.channel.blockSignals(False)
            return
        self.grids[self.shown] = grid
        self.shown = self.channel.currentData()
        self.table.set_grid(self.grids[self.shown])

    def fill_from_history(self) -> None:
        """Put the average of past weeks in the table (every channel); saved only by Save."""
        found = rota_coverage.history_forecast(self.ctx.db, self.weeks.value(), date.today())
        if not found.conversations:
            self.history_note.setText(
                self.tr("No conversations between {first} and {last}: nothing to average.").format(
                    first=found.first, last=found.last
                )
            )
            return
        self.grids.update(found.grids)
        self.table.set_grid(self.grids[self.shown])
        self.history_note.setText(
            self.tr(
                "Filled with the average of {count} conversations on {days} days between "
                "{first} and {last}. Check it, then Save."
            ).format(
                count=found.conversations, days=found.days_seen, first=found.first, last=found.last
            )
        )

    def _add_event_row(self, event: SaleEvent) -> None:
        row = self.events.rowCount()
        self.events.insertRow(row)
        for column, value in enumerate(
            (
                event.name,
                event.first_day.isoformat(),
                event.last_day.isoformat(),
                f"{event.multiplier:g}",
            )
        ):
            self.events.setItem(row, column, QTableWidgetItem(value))
        self.event_ids.append(event.id)

    def add_event(self) -> None:
        """A new sale event row, starting next week."""
        start = date.today() + timedelta(days=7)
        self._add_event_row(SaleEvent(None, "", start, start, 2.0))
        self.events.setCurrentCell(self.events.rowCount() - 1, 0)
        self.events.edit(self.events.currentIndex())

    def remove_event(self) -> None:
        """Remove the selected sale event (on Save)."""
        row = self.events.currentRow()
        if row < 0:
            return
        event_id = self.event_ids.pop(row)
        if event_id is not None:
            self.removed.append(event_id)
        self.events.removeRow(row)

    def _typed_events(self) -> tuple[list[SaleEvent], list[str]]:
        events, problems = [], []
        for row in range(self.events.rowCount()):
            cells = [
                (item.text().strip() if (item := self.events.item(row, c)) else "")
                for c in range(4)
            ]
            try:
                first, last = date.fromisoformat(cells[1]), date.fromisoformat(cells[2])
                factor = float(cells[3])
            except ValueError:
                problems.append(
                    self.tr(
                        "Sale event {row}: dates as 2026-11-11 and a number to multiply by."
                    ).format(row=row + 1)
                )
                continue
            events.append(SaleEvent(self.event_ids[row], cells[0], first, last, factor))
        return events, problems

    def save(self) -> None:
        """Store every channel's forecast and the sale events."""
        grid, problems = self.table.grid()
        events, event_problems = self._typed_events()
        problems += event_problems
        if problems:
            self.problems.show_problems(problems[:6])
            return
        self.grids[self.shown] = grid
        try:
            rota_coverage.save_forecast(self.ctx.db, self.grids, events, self.removed)
        except UserError as exc:
            self.problems.show_problems(exc.details or [exc.message])
            return
        self.accept()
